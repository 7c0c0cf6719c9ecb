/** Reads Markdown (commonmark) and plain-text submissions and UN texts into draftkit documents. */
package org.draftkit.importer.markdown;
