/**
 * The PDF importer's extension point for reading page images: a {@link
 * org.draftkit.importer.unpdf.ocr.TextRecognizer} found with ServiceLoader.
 */
package org.draftkit.importer.unpdf.ocr;
