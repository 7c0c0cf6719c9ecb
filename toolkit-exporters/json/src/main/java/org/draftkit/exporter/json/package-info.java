/** draftkit's own JSON format: {@link org.draftkit.exporter.json.DocumentJsonExporter} and {@link org.draftkit.exporter.json.JsonImporter}. */
package org.draftkit.exporter.json;
