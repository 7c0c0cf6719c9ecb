/**
 * Stub plugins with small, known behaviour, for tests of anything that runs plugins (a front end,
 * an embedding application, another plugin's integration): {@link
 * org.draftkit.testkit.stub.LinesImporter} and {@link org.draftkit.testkit.stub.LinesExporter} read
 * and write one paragraph per line; {@link org.draftkit.testkit.stub.ExplodingImporter} and {@link
 * org.draftkit.testkit.stub.BrokenExporter} fail the way a buggy plugin does. Register them with
 * {@code Toolkit.builder().importer(…).exporter(…)}.
 */
package org.draftkit.testkit.stub;
