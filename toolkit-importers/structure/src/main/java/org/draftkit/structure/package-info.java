/**
 * The block stream importers emit and the one structurer that turns it into numbered paragraphs.
 *
 * <p>An importer's job ends at {@link org.draftkit.structure.Block}s: the runs of each block of
 * text with their marks and the layout hints the format knows (list label, heading level, style,
 * table depth, font size, indent, gap, page, page zone, continuation across a page break).
 * Everything UN — what a label is, which paragraph a sub-item belongs to, heading, lead-in,
 * preamble or operative part, page furniture, footnote areas, paragraphs cut by the layout — is
 * decided once, by {@link org.draftkit.structure.Structurer}, so that one draft gives the same
 * paragraphs from every format.
 *
 * <p>Why a module of its own rather than core: the rules are for importers only (no engine,
 * exporter, CLI or server needs them) and the layout helpers they use ({@code org.draftkit.layout})
 * are not the toolkit's public API; a module beside the importers keeps core's API to the model and
 * the engines, while a third-party importer (see {@code examples/akn-importer}) can still depend on
 * it and emit blocks. It depends on core's model only and holds no format library.
 */
package org.draftkit.structure;
