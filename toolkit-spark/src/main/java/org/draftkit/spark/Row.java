package org.draftkit.spark;

import java.io.Serializable;
import java.util.List;

/** What happened to one input: the fields of a report row. */
record Row(
    int index,
    String input,
    String status,
    List<String> outputs,
    int diagnostics,
    String error,
    String errorType)
    implements Serializable {}
