/**
 * Conformance tests for plugin authors: extend {@link org.draftkit.testkit.ImporterContract} or
 * {@link org.draftkit.testkit.ExporterContract}.
 */
package org.draftkit.testkit;
