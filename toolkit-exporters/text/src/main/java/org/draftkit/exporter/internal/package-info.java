/**
 * Layout shared by the plain-text and Markdown exporters: printed labels, nesting depth, metadata
 * lines.
 */
package org.draftkit.exporter.internal;
