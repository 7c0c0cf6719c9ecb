/**
 * DOCX exporters: documents, redlines, consolidated texts and position tables with real Word
 * tracked changes.
 */
package org.draftkit.exporter.docx;
