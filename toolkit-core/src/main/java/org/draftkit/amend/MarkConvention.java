package org.draftkit.amend;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.draftkit.model.Mark;

/**
 * Which formatting a submission uses for inserted and for deleted words. Stakeholders write
 * insertions in bold, underline or as tracked insertions, deletions struck through or as tracked
 * deletions; tracked changes always count.
 *
 * @param insert the marks read as "insert"
 * @param delete the marks read as "delete"
 * @since 0.1
 */
public record MarkConvention(Set<Mark> insert, Set<Mark> delete) {

  /** Bold or underline or tracked insertion = insert; strike or tracked deletion = delete. */
  private static final MarkConvention DEFAULTS =
      new MarkConvention(
          EnumSet.of(Mark.INSERT, Mark.MOVE_TO, Mark.BOLD, Mark.UNDERLINE),
          EnumSet.of(Mark.DELETE, Mark.MOVE_FROM, Mark.STRIKE));

  /** Bold or underline or tracked insertion = insert; strike or tracked deletion = delete. */
  public static MarkConvention defaults() {
    return DEFAULTS;
  }

  public MarkConvention {
    insert = Set.copyOf(insert);
    delete = Set.copyOf(delete);
  }

  /**
   * The convention for the CLI's {@code --insert-mark bold|underline|ins} and {@code --delete-mark
   * strike|del}; null keeps the default for that side.
   */
  public static Optional<MarkConvention> of(String insertMark, String deleteMark) {
    Set<Mark> ins = EnumSet.of(Mark.INSERT, Mark.MOVE_TO);
    Set<Mark> del = EnumSet.of(Mark.DELETE, Mark.MOVE_FROM);
    if (insertMark == null) {
      ins = DEFAULTS.insert();
    } else {
      switch (insertMark.toLowerCase(Locale.ROOT)) {
        case "bold" -> ins.add(Mark.BOLD);
        case "underline" -> ins.add(Mark.UNDERLINE);
        case "ins", "insert" -> {}
        default -> {
          return Optional.empty();
        }
      }
    }
    if (deleteMark == null) {
      del = DEFAULTS.delete();
    } else {
      switch (deleteMark.toLowerCase(Locale.ROOT)) {
        case "strike" -> del.add(Mark.STRIKE);
        case "del", "delete" -> {}
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new MarkConvention(ins, del));
  }

  /** True when the run's marks say "inserted". */
  public boolean isInsert(Set<Mark> marks) {
    return marks.stream().anyMatch(insert::contains) && !isDelete(marks);
  }

  /** True when the run's marks say "deleted". */
  public boolean isDelete(Set<Mark> marks) {
    return marks.stream().anyMatch(delete::contains);
  }
}
