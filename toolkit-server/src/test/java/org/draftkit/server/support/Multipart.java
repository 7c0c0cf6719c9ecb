package org.draftkit.server.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds multipart/form-data bodies for tests. */
public final class Multipart {

  public static final String BOUNDARY = "draftkit-test-boundary-7d3a";
  public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public Multipart file(String field, String fileName, byte[] content) {
    text("--" + BOUNDARY + "\r\n");
    text(
        "Content-Disposition: form-data; name=\""
            + field
            + "\"; filename=\""
            + fileName
            + "\"\r\n");
    text("Content-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    text("\r\n");
    return this;
  }

  public Multipart field(String name, String value) {
    text("--" + BOUNDARY + "\r\n");
    text("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    text(value + "\r\n");
    return this;
  }

  public byte[] build() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(body.toByteArray());
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private void text(String s) {
    body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
