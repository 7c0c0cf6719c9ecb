package org.draftkit.cli.violations;

/** Breaks the library-type rule on purpose (BoundaryTest): jsoup in a public signature. */
public final class ExposesJsoup {
  public org.jsoup.nodes.Document parse(String html) {
    return org.jsoup.Jsoup.parse(html);
  }
}
