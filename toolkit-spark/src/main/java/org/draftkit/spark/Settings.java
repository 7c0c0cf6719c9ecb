package org.draftkit.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What every task needs to know: where to read and write, the formats with their extensions, the
 * toolkit version recorded in the manifest, and how long one document may take.
 */
record Settings(
    Root in,
    Root out,
    List<String> formats,
    Map<String, String> extensions,
    String version,
    long taskTimeoutMillis)
    implements Serializable {}
