/**
 * Self-contained HTML pages (inline CSS, no network) for documents, redlines, consolidated texts
 * and position tables.
 */
package org.draftkit.exporter.html;
