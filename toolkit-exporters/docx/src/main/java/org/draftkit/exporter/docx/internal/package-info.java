/** The shared WordprocessingML writer behind the DOCX exporters (docx4j stays in here). */
package org.draftkit.exporter.docx.internal;
