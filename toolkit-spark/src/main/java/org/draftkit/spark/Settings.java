package org.draftkit.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What every task needs to know: where to read and write, how to read (the format forced or null,
 * the importer options, and the two as the manifest records them), the formats with their
 * extensions, the toolkit version recorded in the manifest, and how long one document may take.
 */
record Settings(
    Root in,
    Root out,
    String from,
    Map<String, String> importOptions,
    String reading,
    List<String> formats,
    Map<String, String> extensions,
    String version,
    long taskTimeoutMillis)
    implements Serializable {}
