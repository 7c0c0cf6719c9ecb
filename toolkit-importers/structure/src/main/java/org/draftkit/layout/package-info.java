/**
 * Knowledge of how UN documents are laid out (running heads, document symbols, front matter, dates,
 * line-end hyphenation, preambular openings), independent of any file format, shared by the
 * importers and the {@link org.draftkit.structure.Structurer}. Importer-side: it left core's public
 * API and lives beside the structurer; embedders should not depend on it.
 */
package org.draftkit.layout;
