package org.draftkit.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * One input of the job, as shipped to an executor: its path relative to the input folder, its
 * outputs by format, and what the manifest says of those outputs (manifest lines, absent when never
 * written).
 */
record Job(
    int index,
    String input,
    Map<String, String> outputs,
    Map<String, String> recorded,
    long sizeHint)
    implements Serializable {}
