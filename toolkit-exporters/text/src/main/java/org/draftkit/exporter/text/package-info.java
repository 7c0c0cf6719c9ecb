/** Plain-text export of documents: the reading text, labels printed, no marks. */
package org.draftkit.exporter.text;
