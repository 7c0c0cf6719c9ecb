package org.draftkit.exporter.docx.internal;

/**
 * Text made safe for XML 1.0: characters XML cannot carry (control characters, lone surrogates)
 * dropped.
 */
final class XmlText {
  private XmlText() {}

  static String clean(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && allowed(s, i)) {
      i += Character.charCount(s.codePointAt(i));
    }
    if (i >= n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      if (allowed(s, i)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static boolean allowed(String s, int i) {
    int cp = s.codePointAt(i);
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return true;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
      return false;
    }
    return !Character.isSurrogate((char) cp);
  }
}
