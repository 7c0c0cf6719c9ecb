/** draftkit's own JSON format: documents ({@link org.draftkit.exporter.json.DocumentJsonExporter}, {@link org.draftkit.exporter.json.JsonImporter}) and comparisons ({@link org.draftkit.exporter.json.ComparisonJsonExporter}, {@link org.draftkit.exporter.json.RevisionHistoryJsonExporter}). */
package org.draftkit.exporter.json;
