package org.draftkit.exporter.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftkit.model.Mark;
import org.draftkit.model.Metadata;
import org.draftkit.model.Paragraph;
import org.draftkit.model.Run;

/** Escaping, run rendering and the page frame shared by the HTML exporters. */
public final class Html {
  private Html() {}

  /** The shared style sheet: readable on screen, printable, colour-blind-safe change colours. */
  public static final String CSS =
      """
      :root{--ins:#0b6e4f;--ins-bg:#e3f5ec;--del:#a4161a;--del-bg:#fbe5e6;--mov:#1d4e89;--mov-bg:#e4edf8;--muted:#5f6368}
      *{box-sizing:border-box}
      body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1b1b1b;margin:0 auto;max-width:60rem;padding:1.5rem}
      h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .6rem}h3{font-size:1.05rem}
      .meta{color:var(--muted);font:14px/1.4 system-ui,sans-serif;margin-bottom:1rem}
      .summary{font:14px/1.5 system-ui,sans-serif;background:#f6f6f4;border:1px solid #ddd;padding:.6rem .9rem;margin:1rem 0}
      .summary b{font-variant-numeric:tabular-nums}
      p.para{margin:.55rem 0;display:flex;gap:.6rem}
      p.para .num{flex:0 0 5.5rem;color:var(--muted);font:13px/1.9 system-ui,sans-serif;text-align:right}
      p.para .txt{flex:1}
      p.heading .txt{font-weight:bold}
      p.sub{margin-left:2.2rem}
      ins{color:var(--ins);background:var(--ins-bg);text-decoration:underline}
      del{color:var(--del);background:var(--del-bg);text-decoration:line-through}
      .moved{border-left:4px solid var(--mov);padding-left:.4rem;background:var(--mov-bg)}
      .tag{font:11px/1 system-ui,sans-serif;border-radius:3px;padding:2px 4px;margin-left:.3rem;vertical-align:2px;white-space:nowrap}
      .t-inserted{background:var(--ins-bg);color:var(--ins)}.t-deleted{background:var(--del-bg);color:var(--del)}
      .t-moved{background:var(--mov-bg);color:var(--mov)}.t-modified,.t-split,.t-merged{background:#fff3cd;color:#7a5b00}
      .t-renumbered{background:#eee;color:#444}
      .by{font:11px system-ui,sans-serif;color:var(--muted);vertical-align:super}
      sup.fn{font-size:.7em}
      table{border-collapse:collapse;font:14px/1.4 system-ui,sans-serif;width:100%}
      th,td{border:1px solid #ccc;padding:.3rem .45rem;vertical-align:top;text-align:left}
      th{background:#f0f0ee;position:sticky;top:0}
      .sbs td{width:50%;font:15px/1.5 Georgia,serif}
      .notes{font:14px/1.5 system-ui,sans-serif}
      .views input{display:none}.views label{font:14px system-ui,sans-serif;border:1px solid #bbb;padding:.25rem .7rem;cursor:pointer;margin-right:.3rem;border-radius:4px}
      #v-inline:checked~.bar label[for=v-inline],#v-sbs:checked~.bar label[for=v-sbs],#v-clean:checked~.bar label[for=v-clean]{background:#1b1b1b;color:#fff}
      .view{display:none}#v-inline:checked~.inline,#v-sbs:checked~.sbs,#v-clean:checked~.clean{display:block}
      @media print{body{max-width:none;padding:0}.views .bar,.noprint{display:none}.view{display:block!important}th{position:static}a{color:inherit;text-decoration:none}}
      """;

  /** Escapes text for HTML element content and attribute values. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The opening of a page: doctype, title, the shared style sheet plus {@code extraCss}. */
  public static StringBuilder open(String title, String extraCss) {
    StringBuilder sb = new StringBuilder(8192);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"draftkit\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(CSS);
    if (extraCss != null) {
      sb.append(extraCss);
    }
    return sb.append("</style>\n</head>\n<body>\n");
  }

  /** Closes the page, with an optional inline script, and writes it as UTF-8. */
  public static void close(StringBuilder sb, String script, OutputStream out) throws IOException {
    if (script != null) {
      sb.append("<script>\n").append(script).append("\n</script>\n");
    }
    sb.append("</body>\n</html>\n");
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** "A/80/L.41 · Rev.2 · 2025-12-16", leaving out what is unknown. */
  public static String metaLine(Metadata m) {
    StringBuilder sb = new StringBuilder();
    for (String s :
        new String[] {
          m.symbol(), m.revision(), m.date() == null ? null : m.date().toString(), m.source()
        }) {
      if (s != null && !s.isBlank()) {
        sb.append(sb.length() > 0 ? " · " : "").append(s);
      }
    }
    return sb.toString();
  }

  /**
   * Runs as inline HTML: insert/delete as {@code ins}/{@code del} (with author), formatting as
   * b/i/u/s.
   */
  public static String runs(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      String t = esc(r.text());
      if (r.has(Mark.FOOTNOTE_REFERENCE)) {
        String ref = r.ref() == null ? r.text() : r.ref();
        sb.append("<sup class=\"fn\"><a href=\"#fn-")
            .append(esc(ref))
            .append("\">")
            .append(t)
            .append("</a></sup>");
        continue;
      }
      if (r.has(Mark.BOLD)) {
        t = "<b>" + t + "</b>";
      }
      if (r.has(Mark.ITALIC)) {
        t = "<i>" + t + "</i>";
      }
      if (r.has(Mark.UNDERLINE)) {
        t = "<u>" + t + "</u>";
      }
      if (r.has(Mark.STRIKE)) {
        t = "<s>" + t + "</s>";
      }
      String title =
          r.author() == null
              ? ""
              : " title=\""
                  + esc(r.author())
                  + (r.date() == null ? "" : ", " + esc(r.date()))
                  + "\"";
      if (r.has(Mark.DELETE) || r.has(Mark.MOVE_FROM)) {
        t = "<del" + title + ">" + t + "</del>";
      } else if (r.has(Mark.INSERT) || r.has(Mark.MOVE_TO)) {
        t = "<ins" + title + ">" + t + "</ins>";
      }
      sb.append(t);
    }
    return sb.toString();
  }

  /** The label as printed before a paragraph ("66.", "(a)", "I."), or "". */
  public static String label(Paragraph p) {
    if (p == null || p.number() == null) {
      return "";
    }
    String l = p.number().label();
    return switch (p.number().scheme()) {
      case LOWER_LETTER, LOWER_ROMAN, OTHER -> l;
      default -> l + ".";
    };
  }

  /** The CSS classes of a paragraph line. */
  public static String paraClass(Paragraph p) {
    return "para" + (p.isHeading() ? " heading" : "") + (p.parent() != null ? " sub" : "");
  }
}
