package org.draftkit.structure;

import java.util.List;
import java.util.Objects;
import org.draftkit.model.ParagraphNumber;
import org.draftkit.model.Run;
import org.draftkit.model.Runs;
import org.draftkit.model.SourceLocation;

/**
 * One block of text as an importer found it, before anything UN-specific is decided: its runs (with
 * their marks) and the layout hints the format knows. Importers emit a list of blocks in reading
 * order; the {@link Structurer} decides labels, parents, kinds and headings. A hint a format does
 * not know keeps its default. Immutable; build with {@link #of(List)}.
 *
 * <p>Hints, and who fills them: {@code role} and {@code headingLevel} (Markdown {@code #}, HTML
 * {@code <h1>}–{@code <h6>}, a Word outline level), {@code label} (a list number the source states
 * outside the text), {@code bullet}, {@code parent} (the block this one is structurally nested in:
 * a nested list item, a later paragraph of an item), {@code style} (a style name), {@code
 * tableDepth}, {@code textBox}, {@code fontSize}, {@code indent} and {@code gapBefore} (points, 0
 * when unknown), {@code page} (1-based, 0 when the format has none), {@code zone} (where on the
 * page), {@code continuesAcrossPageBreak} (the block is the rest of the previous one, cut by a page
 * break and perhaps the footnotes at the foot of the page) and {@code layoutBoundary} (the boundary
 * before this block may be the layout's rather than the author's: a blank line in plain text, a
 * line of a PDF), {@code typedLabel} (a label the importer found typed at the start of the text, in
 * a form only it knows, with where it stands in the text without its footnote markers).
 *
 * @since 0.1
 */
public final class Block {

  /** What the source made of a block. */
  public enum Role {
    /** Running text. */
    PARAGRAPH,
    /** A heading the source marks as one. */
    HEADING,
    /** The first paragraph of a list item, numbered ({@code label}) or not ({@code bullet}). */
    LIST_ITEM,
    /** A later paragraph inside a list item; {@code parent} is the item. */
    CONTINUATION
  }

  /** Where on a page a block sits. */
  public enum Zone {
    /** The body text. */
    BODY,
    /** The masthead of the first page (symbol, distribution, date): metadata, not paragraphs. */
    MASTHEAD,
    /** A running head or foot, a page number: page furniture, dropped. */
    RUNNING_HEAD,
    /** The footnote area at the foot of a page: footnote bodies. */
    FOOTNOTE_AREA
  }

  private final List<Run> runs;
  private final Role role;
  private final int headingLevel;
  private final ParagraphNumber label;
  private final boolean bullet;
  private final Integer parent;
  private final String style;
  private final int tableDepth;
  private final boolean textBox;
  private final float fontSize;
  private final float indent;
  private final float gapBefore;
  private final int page;
  private final Zone zone;
  private final boolean continuesAcrossPageBreak;
  private final boolean layoutBoundary;
  private final SourceLocation location;
  private final ParagraphNumber typedLabel;
  private final int typedLabelStart;
  private final int typedLabelEnd;

  private Block(Builder b) {
    this.runs = List.copyOf(b.runs);
    this.role = b.role;
    this.headingLevel = b.headingLevel;
    this.label = b.label;
    this.bullet = b.bullet;
    this.parent = b.parent;
    this.style = b.style;
    this.tableDepth = b.tableDepth;
    this.textBox = b.textBox;
    this.fontSize = b.fontSize;
    this.indent = b.indent;
    this.gapBefore = b.gapBefore;
    this.page = b.page;
    this.zone = b.zone;
    this.continuesAcrossPageBreak = b.continuesAcrossPageBreak;
    this.layoutBoundary = b.layoutBoundary;
    this.location = b.location;
    this.typedLabel = b.typedLabel;
    this.typedLabelStart = b.typedLabelStart;
    this.typedLabelEnd = b.typedLabelEnd;
  }

  /** A builder for a block of these runs (a paragraph in the body, no hints yet). */
  public static Builder of(List<Run> runs) {
    return new Builder(runs);
  }

  /** A builder holding this block's content and hints, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(runs);
    b.role = role;
    b.headingLevel = headingLevel;
    b.label = label;
    b.bullet = bullet;
    b.parent = parent;
    b.style = style;
    b.tableDepth = tableDepth;
    b.textBox = textBox;
    b.fontSize = fontSize;
    b.indent = indent;
    b.gapBefore = gapBefore;
    b.page = page;
    b.zone = zone;
    b.continuesAcrossPageBreak = continuesAcrossPageBreak;
    b.layoutBoundary = layoutBoundary;
    b.location = location;
    b.typedLabel = typedLabel;
    b.typedLabelStart = typedLabelStart;
    b.typedLabelEnd = typedLabelEnd;
    return b;
  }

  public List<Run> runs() {
    return runs;
  }

  /** The visible text. */
  public String text() {
    return Runs.text(runs);
  }

  public Role role() {
    return role;
  }

  /** 1–9 for a heading the source marks (its level), else 0. */
  public int headingLevel() {
    return headingLevel;
  }

  /** The label the source states outside the text (a list number), or null. */
  public ParagraphNumber label() {
    return label;
  }

  public boolean bullet() {
    return bullet;
  }

  /** The index of the block this one is structurally nested in, or null. */
  public Integer parent() {
    return parent;
  }

  public String style() {
    return style;
  }

  public int tableDepth() {
    return tableDepth;
  }

  public boolean textBox() {
    return textBox;
  }

  public float fontSize() {
    return fontSize;
  }

  public float indent() {
    return indent;
  }

  public float gapBefore() {
    return gapBefore;
  }

  public int page() {
    return page;
  }

  public Zone zone() {
    return zone;
  }

  public boolean continuesAcrossPageBreak() {
    return continuesAcrossPageBreak;
  }

  public boolean layoutBoundary() {
    return layoutBoundary;
  }

  public SourceLocation location() {
    return location;
  }

  /** The label the importer found typed at the start of the text, or null. */
  public ParagraphNumber typedLabel() {
    return typedLabel;
  }

  /**
   * Where the typed label starts in the text without its footnote markers (after an opening bracket
   * that stays).
   */
  public int typedLabelStart() {
    return typedLabelStart;
  }

  /** Where the typed label and the spaces after it end in the text without its footnote markers. */
  public int typedLabelEnd() {
    return typedLabelEnd;
  }

  /** Builds a {@link Block}; every hint defaults to "unknown". Not thread-safe. */
  public static final class Builder {
    private final List<Run> runs;
    private Role role = Role.PARAGRAPH;
    private int headingLevel;
    private ParagraphNumber label;
    private boolean bullet;
    private Integer parent;
    private String style;
    private int tableDepth;
    private boolean textBox;
    private float fontSize;
    private float indent;
    private float gapBefore;
    private int page;
    private Zone zone = Zone.BODY;
    private boolean continuesAcrossPageBreak;
    private boolean layoutBoundary;
    private SourceLocation location = SourceLocation.UNKNOWN;
    private ParagraphNumber typedLabel;
    private int typedLabelStart;
    private int typedLabelEnd;

    private Builder(List<Run> runs) {
      this.runs = Objects.requireNonNull(runs, "runs");
    }

    public Builder role(Role r) {
      this.role = Objects.requireNonNull(r, "role");
      return this;
    }

    /** Marks the block a heading of this level (1–9). */
    public Builder heading(int level) {
      this.role = Role.HEADING;
      this.headingLevel = Math.max(1, level);
      return this;
    }

    /** Marks the block a numbered list item with this label. */
    public Builder listItem(ParagraphNumber l) {
      this.role = Role.LIST_ITEM;
      this.label = l;
      return this;
    }

    /** Marks the block a bulleted list item. */
    public Builder bulletItem() {
      this.role = Role.LIST_ITEM;
      this.bullet = true;
      return this;
    }

    public Builder label(ParagraphNumber l) {
      this.label = l;
      return this;
    }

    public Builder bullet(boolean b) {
      this.bullet = b;
      return this;
    }

    public Builder parent(Integer p) {
      this.parent = p;
      return this;
    }

    public Builder style(String s) {
      this.style = s;
      return this;
    }

    public Builder tableDepth(int d) {
      this.tableDepth = d;
      return this;
    }

    public Builder textBox(boolean t) {
      this.textBox = t;
      return this;
    }

    public Builder fontSize(float f) {
      this.fontSize = f;
      return this;
    }

    public Builder indent(float i) {
      this.indent = i;
      return this;
    }

    public Builder gapBefore(float g) {
      this.gapBefore = g;
      return this;
    }

    public Builder page(int p) {
      this.page = p;
      return this;
    }

    public Builder zone(Zone z) {
      this.zone = Objects.requireNonNull(z, "zone");
      return this;
    }

    public Builder continuesAcrossPageBreak(boolean c) {
      this.continuesAcrossPageBreak = c;
      return this;
    }

    public Builder layoutBoundary(boolean l) {
      this.layoutBoundary = l;
      return this;
    }

    public Builder at(SourceLocation l) {
      this.location = l == null ? SourceLocation.UNKNOWN : l;
      return this;
    }

    /**
     * A label typed in the text at characters {@code [start, end)} of the text without the footnote
     * markers that follow some text (a form the structurer's own finder does not know: "Pp3", "[1.
     * The", "17quater.[The", "a. "); the structurer cuts it as it cuts a label it found.
     */
    public Builder typedLabel(ParagraphNumber n, int start, int end) {
      if (n != null && (start < 0 || end < start)) {
        throw new IllegalArgumentException("label range " + start + ".." + end);
      }
      this.typedLabel = n;
      this.typedLabelStart = start;
      this.typedLabelEnd = end;
      return this;
    }

    public Block build() {
      return new Block(this);
    }
  }
}
