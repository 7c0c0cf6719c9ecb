package org.draftkit.importer.unpdf.internal;

import java.util.ArrayList;
import java.util.List;

/** Consecutive lines that form one paragraph, heading or footnote. */
final class LineBlock {
  final List<Line> lines = new ArrayList<>();
  final boolean heading;

  LineBlock(Line first, boolean heading) {
    lines.add(first);
    this.heading = heading;
  }

  Line first() {
    return lines.get(0);
  }

  Line last() {
    return lines.get(lines.size() - 1);
  }
}
