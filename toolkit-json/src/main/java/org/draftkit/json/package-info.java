/**
 * draftkit's own JSON format: documents ({@link org.draftkit.json.DocumentJsonExporter}, {@link
 * org.draftkit.json.JsonImporter}) and comparisons ({@link
 * org.draftkit.json.ComparisonJsonExporter}, {@link
 * org.draftkit.json.RevisionHistoryJsonExporter}).
 */
package org.draftkit.json;
