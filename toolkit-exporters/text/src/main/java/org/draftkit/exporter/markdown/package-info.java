/**
 * Markdown export of documents and redlines, using the marks stakeholders use in submissions
 * (~~delete~~, **insert**).
 */
package org.draftkit.exporter.markdown;
