package org.draftkit.exporter.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.draftkit.exporter.html.internal.Html;
import org.draftkit.model.Position;
import org.draftkit.model.Stakeholder;
import org.draftkit.model.Stance;
import org.draftkit.positions.PositionTable;
import org.draftkit.spi.ExportContext;
import org.draftkit.spi.Exporter;
import org.draftkit.spi.FormatInfo;

/**
 * Writes a {@link PositionTable} as one self-contained HTML page: a paragraph × stakeholder matrix
 * with a coloured cell per stance (the proposed text and evidence on demand), per-paragraph counts
 * showing convergence and contention, filters by stakeholder and stance, sortable columns, and a
 * print layout. Works offline; the small inline script only filters and sorts. Thread-safe and
 * deterministic.
 *
 * @since 0.1
 */
public final class PositionTableHtmlExporter implements Exporter<PositionTable> {

  private static final String CSS =
      """
      .matrix td.cell{min-width:5rem}
      .s-retain{background:#dff3e4}.s-amend{background:#fff1c2}.s-delete{background:#f9d5d7}
      .s-add{background:#dbe9fb}.s-restore{background:#eadcf8}.s-comment{background:#eeeeee}
      .cell details summary{cursor:pointer;list-style:none;font-weight:600}
      .cell details[open]{min-width:16rem}
      .cell .ev{color:#5f6368;font-size:12px;margin-top:.2rem}
      body{max-width:none}
      .scroll{overflow:auto;max-height:85vh;border:1px solid #ccc}
      .matrix{width:auto}
      .base{font:13px/1.4 Georgia,serif;color:#333;min-width:22rem;max-width:26rem}
      .matrix td:first-child,.matrix th:first-child{position:sticky;left:0;z-index:2;background:#fff;min-width:6.5rem;max-width:6.5rem}
      .matrix th:first-child{z-index:4;background:#f0f0ee}
      .matrix.with-base td:nth-child(2),.matrix.with-base th:nth-child(2){position:sticky;left:6.5rem;z-index:2;background:#fafaf8;
        box-shadow:2px 0 0 #bbb}
      .matrix.with-base th:nth-child(2){z-index:4;background:#f0f0ee}
      .matrix thead th{z-index:3}
      .uncertain{color:#8a4b00;font-weight:600}.note{color:#8a4b00;font-size:12px;margin-top:.2rem}
      .ev del{color:var(--del);background:var(--del-bg)}.ev ins{color:var(--ins);background:var(--ins-bg)}
      .filters{font:14px system-ui,sans-serif;margin:.8rem 0}.filters select{margin-right:1rem}
      th.sort{cursor:pointer}.contention{font-weight:bold;color:#a4161a}
      @media print{.filters{display:none}.cell details{display:block}.cell details>*{display:block}}
      """;

  private static final String SCRIPT =
      """
      (function(){
        var t=document.getElementById('matrix'),sh=document.getElementById('f-stakeholder'),st=document.getElementById('f-stance');
        function apply(){var who=sh.value,what=st.value;
          t.querySelectorAll('th[data-s],td[data-s]').forEach(function(c){c.style.display=(!who||c.dataset.s===who)?'':'none';});
          t.querySelectorAll('tbody tr').forEach(function(r){var ok=!what||Array.prototype.some.call(r.querySelectorAll('td[data-s]'),
            function(c){return (!who||c.dataset.s===who)&&(' '+c.dataset.st+' ').indexOf(' '+what+' ')>=0;});r.style.display=ok?'':'none';});}
        sh.onchange=apply;st.onchange=apply;
        t.querySelectorAll('th.sort').forEach(function(h,i){h.onclick=function(){var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows),
          col=h.cellIndex,asc=h.dataset.asc!=='1';h.dataset.asc=asc?'1':'0';
          rows.sort(function(x,y){var a=x.cells[col].dataset.v||x.cells[col].textContent,c=y.cells[col].dataset.v||y.cells[col].textContent;
            var na=parseFloat(a),nc=parseFloat(c);var r=(!isNaN(na)&&!isNaN(nc))?na-nc:a.localeCompare(c);return asc?r:-r;});
          rows.forEach(function(r){b.appendChild(r);});};});
      })();""";

  @Override
  public FormatInfo format() {
    return DocumentHtmlExporter.FORMAT;
  }

  @Override
  public Class<PositionTable> resultType() {
    return PositionTable.class;
  }

  @Override
  public void write(PositionTable table, OutputStream out, ExportContext context)
      throws IOException {
    String title = "Positions" + (table.base() == null ? "" : " on " + table.base().displayName());
    StringBuilder sb = Html.open(title, CSS);
    sb.append("<h1>")
        .append(Html.esc(title))
        .append("</h1>\n<div class=\"summary\"><b>")
        .append(table.rows().size())
        .append("</b> paragraphs addressed by <b>")
        .append(table.stakeholders().size())
        .append("</b> stakeholders</div>\n");
    sb.append(
        "<div class=\"filters\"><label>Stakeholder <select id=\"f-stakeholder\"><option value=\"\">all</option>");
    for (Stakeholder s : table.stakeholders()) {
      sb.append("<option>").append(Html.esc(s.name())).append("</option>");
    }
    sb.append(
        "</select></label><label>Stance <select id=\"f-stance\"><option value=\"\">all</option>");
    for (Stance s : Stance.values()) {
      sb.append("<option>").append(s.id()).append("</option>");
    }
    boolean withBase = table.rows().stream().anyMatch(r -> r.baseText() != null);
    sb.append("</select></label></div>\n<div class=\"scroll\"><table class=\"matrix")
        .append(withBase ? " with-base" : "")
        .append("\" id=\"matrix\"><thead><tr><th class=\"sort\">Paragraph</th>");
    if (withBase) {
      sb.append("<th>Current text</th>");
    }
    for (Stakeholder s : table.stakeholders()) {
      sb.append("<th class=\"sort\" data-s=\"")
          .append(Html.esc(s.name()))
          .append("\">")
          .append(Html.esc(s.name()))
          .append("</th>");
    }
    sb.append(
            "<th class=\"sort\">Retain</th><th class=\"sort\">Amend</th><th class=\"sort\">Delete</th><th class=\"sort\">Contention</th>")
        .append("</tr></thead><tbody>\n");
    int order = 0;
    for (PositionTable.Row r : table.rows()) {
      sb.append("<tr><td data-v=\"")
          .append(order++)
          .append("\"><b>")
          .append(Html.esc(r.paragraph()))
          .append("</b></td>");
      if (withBase) {
        sb.append("<td class=\"base\">").append(Html.esc(r.baseText())).append("</td>");
      }
      for (Stakeholder s : table.stakeholders()) {
        List<Position> ps = r.of(s);
        String stances =
            String.join(" ", ps.stream().map(p -> p.stance().id()).distinct().toList());
        sb.append("<td class=\"cell")
            .append(ps.isEmpty() ? "" : " s-" + ps.get(0).stance().id())
            .append("\" data-s=\"")
            .append(Html.esc(s.name()))
            .append("\" data-st=\"")
            .append(stances)
            .append("\">");
        for (Position p : ps) {
          sb.append("<details><summary>")
              .append(p.stance().id())
              .append(
                  p.uncertain()
                      ? " <span class=\"uncertain\" title=\"placement uncertain\">?</span>"
                      : "")
              .append("</summary>");
          if (p.note() != null) {
            sb.append("<div class=\"note\">").append(Html.esc(p.note())).append("</div>");
          }
          if (p.text() != null) {
            sb.append("<div>").append(Html.esc(p.text())).append("</div>");
          }
          if (p.evidence() != null && !p.evidence().quote().isBlank()) {
            sb.append("<div class=\"ev\">“").append(redline(p.evidence().quote())).append("”");
            String at = p.evidence().location().describe();
            if (!at.isEmpty()) {
              sb.append(" — ").append(Html.esc(at));
            } else if (p.evidence().source() != null) {
              sb.append(" — ").append(Html.esc(p.evidence().source()));
            }
            sb.append("</div>");
          }
          sb.append("</details>");
        }
        sb.append("</td>");
      }
      long retain = count(r, Stance.RETAIN);
      long change = count(r, Stance.AMEND);
      long delete = count(r, Stance.DELETE);
      long contention = Math.min(retain, change + delete) + Math.min(change, delete);
      sb.append("<td>")
          .append(retain)
          .append("</td><td>")
          .append(change)
          .append("</td><td>")
          .append(delete)
          .append("</td><td")
          .append(contention > 0 ? " class=\"contention\"" : "")
          .append('>')
          .append(contention)
          .append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n");
    if (!table.diagnostics().isEmpty()) {
      sb.append("<h2>Notes</h2>\n<ul class=\"notes\">\n");
      table
          .diagnostics()
          .forEach(d -> sb.append("<li>").append(Html.esc(d.message())).append("</li>\n"));
      sb.append("</ul>\n");
    }
    Html.close(sb, SCRIPT, out);
  }

  /**
   * A proposal quoted in the stakeholders' convention (~~struck~~ and **inserted**) as a redline,
   * so that no raw markup reaches the reader.
   */
  static String redline(String marked) {
    String html = Html.esc(marked);
    html = html.replaceAll("~~(.+?)~~", "<del>$1</del>");
    return html.replaceAll("\\*\\*(.+?)\\*\\*", "<ins>$1</ins>");
  }

  private static long count(PositionTable.Row r, Stance stance) {
    return r.positions().stream()
        .filter(p -> p.stance() == stance)
        .map(Position::stakeholder)
        .distinct()
        .count();
  }
}
