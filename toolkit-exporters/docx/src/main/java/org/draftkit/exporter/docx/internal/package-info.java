/**
 * The shared WordprocessingML writer behind the DOCX exporters (WordprocessingML parts and their
 * zip package, written with the JDK).
 */
package org.draftkit.exporter.docx.internal;
