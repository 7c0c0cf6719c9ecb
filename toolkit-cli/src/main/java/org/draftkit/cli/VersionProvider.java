package org.draftkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Reads the version from {@code version.properties}, which the build fills in, falling back to the
 * jar manifest.
 */
final class VersionProvider implements IVersionProvider {

  static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() throws IOException {
    return new String[] {"draftkit " + version()};
  }

  /** The version of this build, or "unknown" when neither source has one. */
  static String version() throws IOException {
    Properties props = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        props.load(in);
      }
    }
    String v = props.getProperty("version");
    if (v == null || v.isBlank() || v.startsWith("${")) {
      v = VersionProvider.class.getPackage().getImplementationVersion();
    }
    return v == null ? "unknown" : v;
  }
}
