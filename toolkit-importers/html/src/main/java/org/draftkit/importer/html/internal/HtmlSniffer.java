package org.draftkit.importer.html.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.spi.Detection;

/**
 * Looks at raw bytes: how sure we are that they are HTML, whether they are binary, and which
 * character set decodes them.
 */
public final class HtmlSniffer {

  /** Tags that make text HTML-ish when it opens with one of them. */
  private static final Set<String> HTML_TAGS =
      Set.of(
          "html",
          "head",
          "body",
          "meta",
          "title",
          "link",
          "style",
          "script",
          "p",
          "div",
          "span",
          "table",
          "tr",
          "td",
          "th",
          "ul",
          "ol",
          "li",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "nav",
          "aside",
          "blockquote",
          "pre",
          "dl",
          "dt",
          "dd",
          "br",
          "hr",
          "b",
          "i",
          "u",
          "s",
          "em",
          "strong",
          "del",
          "ins",
          "a",
          "sup",
          "sub",
          "font",
          "center",
          "form",
          "colgroup",
          "col",
          "thead",
          "tbody",
          "figure",
          "img");

  private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]{0,9})[\\s>/]");
  private static final Pattern STRUCTURE =
      Pattern.compile("<(?:head|body|meta\\s|title>)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlSniffer() {}

  /** How sure we are that {@code head} starts an HTML document. Never throws. */
  public static Detection detect(byte[] head) {
    if (head == null || head.length == 0 || isBinary(head)) {
      return Detection.NO;
    }
    String text = decode(head, charsetOf(head), true);
    int start = skipPreamble(text, 0);
    String rest =
        text.substring(start, Math.min(text.length(), start + 16)).toLowerCase(Locale.ROOT);
    if (rest.startsWith("<!doctype html") || rest.startsWith("<html")) {
      return Detection.CERTAIN;
    }
    if (rest.startsWith("<")) {
      Matcher m = TAG.matcher(text);
      if (m.find(start)
          && m.start() == start
          && HTML_TAGS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return Detection.LIKELY;
      }
    }
    // Markdown may hold inline HTML; only the parts of a page's head make text HTML wherever they
    // are
    return STRUCTURE.matcher(text).find() ? Detection.LIKELY : Detection.NO;
  }

  /** True when the bytes cannot be text: NUL bytes (outside UTF-16) or many control characters. */
  public static boolean isBinary(byte[] bytes) {
    if (utf16(bytes) != null) {
      return false;
    }
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 100 > n;
  }

  /**
   * The character set: a byte-order mark, else a {@code <meta charset>} or XML declaration in the
   * first bytes, else UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers
   * assume).
   */
  public static Charset charsetOf(byte[] bytes) {
    Charset bom = utf16(bytes);
    if (bom != null) {
      return bom;
    }
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    String ascii = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    for (Pattern p : new Pattern[] {META_CHARSET, XML_ENCODING}) {
      Matcher m = p.matcher(ascii);
      if (m.find()) {
        Charset declared = named(m.group(1));
        if (declared != null) {
          // a page saved as UTF-8 that still declares latin-1 is common: trust valid UTF-8
          return declared != StandardCharsets.UTF_8 && isUtf8(bytes) && hasHighBytes(bytes)
              ? StandardCharsets.UTF_8
              : declared;
        }
      }
    }
    return isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  /** Decodes bytes, dropping a byte-order mark; malformed input is replaced, never fatal. */
  public static String decode(byte[] bytes, Charset charset, boolean truncated) {
    String s = new String(bytes, charset);
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (truncated && !s.isEmpty() && s.charAt(s.length() - 1) == '\uFFFD') {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /**
   * The offset of the first character after a site generator's front matter ({@code ---} lines),
   * leading whitespace, comments, an XML declaration and processing instructions.
   */
  public static int skipPreamble(String text, int from) {
    int i = from;
    if (text.startsWith("---\n", i) || text.startsWith("---\r\n", i)) {
      int close = text.indexOf("\n---", i + 3);
      if (close > 0) {
        int eol = text.indexOf('\n', close + 4);
        i = eol < 0 ? text.length() : eol + 1;
      }
    }
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return text.length();
        }
        i = end + 3;
      } else if (text.startsWith("<?", i)) {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) {
          return text.length();
        }
        i = end + 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static Charset utf16(byte[] b) {
    if (b.length >= 2) {
      int b0 = b[0] & 0xff;
      int b1 = b[1] & 0xff;
      if (b0 == 0xFE && b1 == 0xFF) {
        return StandardCharsets.UTF_16BE;
      }
      if (b0 == 0xFF && b1 == 0xFE) {
        return StandardCharsets.UTF_16LE;
      }
    }
    return null;
  }

  private static Charset named(String name) {
    try {
      String n = name.toLowerCase(Locale.ROOT);
      // browsers read latin-1 labels as windows-1252
      if (n.equals("iso-8859-1")
          || n.equals("latin1")
          || n.equals("us-ascii")
          || n.equals("ascii")) {
        return WINDOWS_1252;
      }
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean hasHighBytes(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      // not UTF-8: the caller falls back to another charset
      return false;
    }
  }
}
