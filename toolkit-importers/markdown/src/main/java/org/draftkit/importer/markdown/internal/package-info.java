/**
 * Implementation of the Markdown and text importers: text decoding, blocks from Markdown or lines,
 * paragraph structure.
 */
package org.draftkit.importer.markdown.internal;
