/** The UN PDF importer: {@link org.draftkit.importer.unpdf.UnPdfImporter}, built on PDFBox. */
package org.draftkit.importer.unpdf;
