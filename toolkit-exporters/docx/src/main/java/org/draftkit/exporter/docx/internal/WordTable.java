package org.draftkit.exporter.docx.internal;

import java.math.BigInteger;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.STShd;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/** A bordered table with fixed column widths; header rows repeat at the top of each page. Not thread-safe. */
public final class WordTable {

  private final WordDocument doc;
  private final ObjectFactory f;
  private final Tbl tbl;
  private final int[] widths;

  WordTable(WordDocument doc, int[] widths) {
    this.doc = doc;
    this.f = doc.factory;
    this.widths = widths.clone();
    tbl = f.createTbl();
    TblPr pr = f.createTblPr();
    CTTblPrBase.TblStyle style = f.createCTTblPrBaseTblStyle();
    style.setVal("TableGrid");
    pr.setTblStyle(style);
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    pr.setTblW(width(total));
    CTTblLayoutType layout = f.createCTTblLayoutType();
    layout.setType(STTblLayoutType.FIXED);
    pr.setTblLayout(layout);
    tbl.setTblPr(pr);
    TblGrid grid = f.createTblGrid();
    for (int w : widths) {
      TblGridCol col = f.createTblGridCol();
      col.setW(BigInteger.valueOf(w));
      grid.getGridCol().add(col);
    }
    tbl.setTblGrid(grid);
  }

  Tbl element() {
    return tbl;
  }

  /** Appends a row; a header row repeats on every page and is not split across pages. */
  public Row row(boolean header) {
    Tr tr = f.createTr();
    if (header) {
      TrPr pr = f.createTrPr();
      pr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
      pr.getCnfStyleOrDivIdOrGridBefore().add(f.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
      tr.setTrPr(pr);
    }
    tbl.getContent().add(tr);
    return new Row(tr, header);
  }

  private TblWidth width(int twips) {
    TblWidth w = f.createTblWidth();
    w.setW(BigInteger.valueOf(twips));
    w.setType("dxa");
    return w;
  }

  /** A table row. */
  public final class Row {
    private final Tr tr;
    private final boolean header;
    private int column;

    private Row(Tr tr, boolean header) {
      this.tr = tr;
      this.header = header;
    }

    /**
     * Appends a cell that is part of a vertically merged block: the first cell of the block
     * ({@code first}) holds the content, the cells below it continue it and stay empty.
     */
    public Cell mergedCell(boolean first) {
      Cell c = cell(1);
      TcPrInner.VMerge v = f.createTcPrInnerVMerge();
      if (first) {
        v.setVal("restart");
      }
      c.tc.getTcPr().setVMerge(v);
      return c;
    }

    /** Appends a cell spanning {@code span} columns. */
    public Cell cell(int span) {
      Tc tc = f.createTc();
      TcPr pr = f.createTcPr();
      int w = 0;
      for (int k = 0; k < span && column + k < widths.length; k++) {
        w += widths[column + k];
      }
      pr.setTcW(width(w));
      if (span > 1) {
        TcPrInner.GridSpan g = f.createTcPrInnerGridSpan();
        g.setVal(BigInteger.valueOf(span));
        pr.setGridSpan(g);
      }
      if (header) {
        CTShd shd = f.createCTShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill("D9D9D9");
        pr.setShd(shd);
      }
      tc.setTcPr(pr);
      column += span;
      tr.getContent().add(tc);
      return new Cell(tc);
    }

    /** Appends a one-column cell. */
    public Cell cell() {
      return cell(1);
    }
  }

  /** A table cell: one or more paragraphs. */
  public final class Cell {
    private final Tc tc;

    private Cell(Tc tc) {
      this.tc = tc;
    }

    /** Appends a paragraph to the cell (every cell needs at least one). */
    public WordParagraph paragraph(String style) {
      P p = f.createP();
      tc.getContent().add(p);
      return new WordParagraph(doc, p).style(style);
    }
  }
}
