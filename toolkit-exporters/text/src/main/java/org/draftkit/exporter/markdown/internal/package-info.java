/** Inline Markdown rendering: escaping and nesting of emphasis delimiters over runs. */
package org.draftkit.exporter.markdown.internal;
