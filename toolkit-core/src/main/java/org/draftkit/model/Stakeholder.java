package org.draftkit.model;

import java.util.Objects;

/**
 * Who proposes or takes a position: a delegation, a group, an organisation.
 *
 * @param name the display name ("IMSB", "US", "LMDC")
 * @since 0.1
 */
public record Stakeholder(String name) implements Comparable<Stakeholder> {
  public Stakeholder {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("stakeholder name must not be blank");
    }
    name = name.strip();
  }

  @Override
  public int compareTo(Stakeholder o) {
    return name.compareToIgnoreCase(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
