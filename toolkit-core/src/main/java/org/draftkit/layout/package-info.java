/**
 * Knowledge of how UN documents are laid out (running heads, document symbols, front matter,
 * dates, line-end hyphenation, preambular openings), independent of any file format, shared by the
 * PDF importer and the plain-text importer.
 */
package org.draftkit.layout;
