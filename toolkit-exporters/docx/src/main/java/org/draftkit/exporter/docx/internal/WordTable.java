package org.draftkit.exporter.docx.internal;

/**
 * A bordered table with fixed column widths; header rows repeat at the top of each page. Not
 * thread-safe.
 */
public final class WordTable {

  private final WordDocument doc;
  private final XmlElement tbl;
  private final int[] widths;

  WordTable(WordDocument doc, XmlElement tbl, int[] widths) {
    this.doc = doc;
    this.tbl = tbl;
    this.widths = widths.clone();
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    XmlElement pr = tbl.add("w:tblPr");
    pr.add("w:tblStyle").attr("w:val", "TableGrid");
    pr.add("w:tblW").attr("w:w", total).attr("w:type", "dxa");
    pr.add("w:tblLayout").attr("w:type", "fixed");
    XmlElement grid = tbl.add("w:tblGrid");
    for (int w : widths) {
      grid.add("w:gridCol").attr("w:w", w);
    }
  }

  /** Appends a row; a header row repeats on every page and is not split across pages. */
  public Row row(boolean header) {
    XmlElement tr = tbl.add("w:tr");
    if (header) {
      XmlElement pr = tr.add("w:trPr");
      pr.add("w:tblHeader");
      pr.add("w:cantSplit");
    }
    return new Row(tr, header);
  }

  /** A table row. */
  public final class Row {
    private final XmlElement tr;
    private final boolean header;
    private int column;

    private Row(XmlElement tr, boolean header) {
      this.tr = tr;
      this.header = header;
    }

    /**
     * Appends a cell that is part of a vertically merged block: the first cell of the block ({@code
     * first}) holds the content, the cells below it continue it and stay empty.
     */
    public Cell mergedCell(boolean first) {
      return cell(1, first ? "restart" : "");
    }

    /** Appends a cell spanning {@code span} columns. */
    public Cell cell(int span) {
      return cell(span, null);
    }

    /** Appends a one-column cell. */
    public Cell cell() {
      return cell(1);
    }

    private Cell cell(int span, String vMerge) {
      XmlElement tc = tr.add("w:tc");
      XmlElement pr = tc.add("w:tcPr");
      int w = 0;
      for (int k = 0; k < span && column + k < widths.length; k++) {
        w += widths[column + k];
      }
      pr.add("w:tcW").attr("w:w", w).attr("w:type", "dxa");
      if (span > 1) {
        pr.add("w:gridSpan").attr("w:val", span);
      }
      if (vMerge != null) {
        XmlElement v = pr.add("w:vMerge");
        if (!vMerge.isEmpty()) {
          v.attr("w:val", vMerge);
        }
      }
      if (header) {
        pr.add("w:shd").attr("w:val", "clear").attr("w:color", "auto").attr("w:fill", "D9D9D9");
      }
      column += span;
      return new Cell(tc);
    }
  }

  /** A table cell: one or more paragraphs. */
  public final class Cell {
    private final XmlElement tc;

    private Cell(XmlElement tc) {
      this.tc = tc;
    }

    /** Appends a paragraph to the cell (every cell needs at least one). */
    public WordParagraph paragraph(String style) {
      return new WordParagraph(doc, tc.add("w:p")).style(style);
    }
  }
}
