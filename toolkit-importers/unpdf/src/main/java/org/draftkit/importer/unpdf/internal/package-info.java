/** PDFBox glyph collection and the layout analysis behind the UN PDF importer; not an API. */
package org.draftkit.importer.unpdf.internal;
