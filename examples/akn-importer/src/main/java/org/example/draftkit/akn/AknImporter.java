package org.example.draftkit.akn;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.draftkit.CorruptDocumentException;
import org.draftkit.ImportException;
import org.draftkit.UnsupportedFormatException;
import org.draftkit.model.Document;
import org.draftkit.spi.Detection;
import org.draftkit.spi.DocumentImporter;
import org.draftkit.spi.FormatInfo;
import org.draftkit.spi.ImportContext;
import org.example.draftkit.akn.internal.AknWalker;
import org.example.draftkit.akn.internal.SafeXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads Akoma Ntoso XML (the OASIS LegalDocML standard, versions 3.0 and 2.0) into a draftkit
 * {@link Document}: the preface gives the metadata (document number, title, date), the preamble's
 * recitals become preambular paragraphs, the body's numbered {@code <paragraph>}s become operative
 * paragraphs with their {@code <num>} as label, list points ({@code (a)}, {@code (b)}) become
 * sub-items, sections become headings, {@code <authorialNote>}s become footnotes, and inline
 * {@code <i> <b> <u> <ins> <del> <sup>} become marks.
 *
 * <p>Only the JDK's XML parser is used, hardened against XXE: a DOCTYPE is refused, so no entity
 * and no external resource is ever resolved.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class AknImporter implements DocumentImporter {

  /** The format: id {@code akn}, extensions {@code .akn} and {@code .xml}, {@code application/akn+xml}. */
  public static final FormatInfo FORMAT =
      new FormatInfo("akn", "Akoma Ntoso XML", List.of("akn", "xml"), "application/akn+xml");

  /** The root element, with or without a namespace prefix, right after the XML prolog. */
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?akomaNtoso[\\s>/]");

  /** Public and without arguments, as {@link java.util.ServiceLoader} requires. */
  public AknImporter() {}

  @Override
  public FormatInfo format() {
    return FORMAT;
  }

  @Override
  public Detection detect(byte[] head) {
    // ISO-8859-1 maps every byte to one char, so markup in UTF-8 or any ASCII superset is visible
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int start = text.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start >= text.length() || text.charAt(start) != '<') {
      return Detection.NO;
    }
    return ROOT.matcher(text).find() ? Detection.CERTAIN : Detection.NO;
  }

  @Override
  public Document read(InputStream in, ImportContext context) throws ImportException, IOException {
    String source = context.sourceName();
    org.w3c.dom.Document xml;
    try {
      xml = SafeXml.newDocumentBuilder().parse(new KeepOpen(in));
    } catch (SAXParseException e) {
      throw new CorruptDocumentException(source, "is not well-formed XML (line " + e.getLineNumber()
          + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
    } catch (SAXException e) {
      throw new CorruptDocumentException(source, "is not well-formed XML: " + e.getMessage(), e);
    }
    Element root = xml.getDocumentElement();
    if (!"akomaNtoso".equals(root.getLocalName())) {
      throw new UnsupportedFormatException(source,
          "is XML but not Akoma Ntoso: the root element is <" + root.getTagName() + ">, not <akomaNtoso>");
    }
    return new AknWalker(source).read(root);
  }

  /** The parser closes its input when done; the caller owns the stream, so shield it. */
  private static final class KeepOpen extends FilterInputStream {
    KeepOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller closes the stream
    }
  }
}
