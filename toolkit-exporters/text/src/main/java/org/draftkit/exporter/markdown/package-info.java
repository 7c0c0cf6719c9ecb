/** Markdown export of documents, using the marks stakeholders use in submissions (~~delete~~, **insert**). */
package org.draftkit.exporter.markdown;
