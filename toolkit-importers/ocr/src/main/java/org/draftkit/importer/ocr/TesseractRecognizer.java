package org.draftkit.importer.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.draftkit.importer.unpdf.ocr.TextRecognizer;

/**
 * Reads page images with the {@code tesseract} program (Tesseract 4 or 5, LSTM engine), one process
 * per page, its output as TSV (words with their boxes and confidences). Each process is held to one
 * thread ({@code OMP_THREAD_LIMIT=1}): the importer runs several pages at once instead, which is
 * faster on few cores than Tesseract's own threads. The image goes to Tesseract as a PGM file
 * (written in a few milliseconds; PNG encoding costs more than it saves).
 *
 * <p>Stateless and thread-safe; what is installed is looked up once per class loader.
 *
 * @since 0.1
 */
public final class TesseractRecognizer implements TextRecognizer {

  /** ISO 639-1 codes and the Tesseract language data that reads them. */
  private static final Map<String, String> LANGUAGES = Map.of(
      "en", "eng", "fr", "fra", "es", "spa", "ru", "rus", "zh", "chi_sim", "ar", "ara");
  /** Tesseract's script names (OSD) and the languages written in them. */
  private static final Map<String, List<String>> SCRIPTS = Map.of(
      "Latin", List.of("en", "fr", "es"), "Cyrillic", List.of("ru"), "Han", List.of("zh"),
      "HanS", List.of("zh"), "Arabic", List.of("ar"));

  private final String program;

  /** Runs {@code tesseract} from the PATH (for ServiceLoader). */
  public TesseractRecognizer() {
    this("tesseract");
  }

  /** Runs the given program (a path to a Tesseract build). */
  public TesseractRecognizer(String program) {
    this.program = program;
  }

  /** What the installed Tesseract offers: found once. */
  private static final class Installed {
    static final Map<String, Installation> BY_PROGRAM = new java.util.concurrent.ConcurrentHashMap<>();
  }

  private record Installation(String version, List<String> languages) {}

  private Installation installation() {
    return Installed.BY_PROGRAM.computeIfAbsent(program, p -> {
      try {
        String version = run(List.of(p, "--version"), Duration.ofSeconds(20)).lines().findFirst().orElse("").strip();
        List<String> langs = run(List.of(p, "--list-langs"), Duration.ofSeconds(20)).lines().skip(1)
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Installation(version.isEmpty() ? "tesseract" : version, langs);
      } catch (IOException e) {
        return new Installation(null, List.of());
      }
    });
  }

  @Override
  public String name() {
    String v = installation().version();
    return v == null ? "tesseract" : v;
  }

  @Override
  public Optional<String> unavailable(List<String> languages) {
    Installation in = installation();
    if (in.version() == null) {
      return Optional.of("install Tesseract (apt-get install tesseract-ocr tesseract-ocr-eng"
          + (languages.isEmpty() ? "" : " " + packages(languages)) + ")");
    }
    List<String> missing = new ArrayList<>();
    for (String l : languages) {
      String code = code(l);
      if (code == null) {
        return Optional.of("unknown OCR language '" + l + "' (use " + String.join(", ", new java.util.TreeSet<>(LANGUAGES.keySet()))
            + " or a Tesseract language code)");
      }
      if (!in.languages().contains(code)) {
        missing.add(l);
      }
    }
    return missing.isEmpty() ? Optional.empty()
        : Optional.of("install Tesseract's language data: apt-get install " + packages(missing));
  }

  private static String packages(List<String> languages) {
    List<String> out = new ArrayList<>();
    for (String l : languages) {
      String c = code(l);
      out.add("tesseract-ocr-" + (c == null ? l : c).replace('_', '-'));
    }
    return String.join(" ", out);
  }

  /** The Tesseract code of an ISO code or of a Tesseract code; null when unknown. */
  static String code(String language) {
    String l = language.strip().toLowerCase(Locale.ROOT);
    if (LANGUAGES.containsKey(l)) {
      return LANGUAGES.get(l);
    }
    return l.matches("[a-z]{3}(_[a-z]+)?") ? l : null;
  }

  @Override
  public List<String> guessLanguages(BufferedImage image, Duration timeout) throws IOException {
    Path img = pgm(image);
    try {
      String out = run(List.of(program, img.toString(), "stdout", "--psm", "0", "--dpi", "300"), timeout);
      for (String line : out.lines().toList()) {
        if (line.startsWith("Script:")) {
          List<String> langs = SCRIPTS.get(line.substring("Script:".length()).strip());
          return langs == null ? List.of() : langs;
        }
      }
      return List.of();
    } catch (IOException e) {
      return List.of(); // too little text to tell the script: the caller falls back
    } finally {
      Files.deleteIfExists(img);
    }
  }

  @Override
  public RecognizedPage recognize(BufferedImage image, List<String> languages, Duration timeout) throws IOException {
    List<String> codes = new ArrayList<>();
    for (String l : languages) {
      String c = code(l);
      if (c != null && !codes.contains(c)) {
        codes.add(c);
      }
    }
    Path img = pgm(image);
    try {
      String tsv = run(List.of(program, img.toString(), "stdout", "-l", String.join("+", codes.isEmpty() ? List.of("eng") : codes),
          "--psm", "3", "--dpi", "300", "tsv"), timeout);
      return parse(tsv);
    } finally {
      Files.deleteIfExists(img);
    }
  }

  /** Parses Tesseract's TSV: line boxes (level 4) and words (level 5) with their confidences. */
  static RecognizedPage parse(String tsv) {
    Map<String, int[]> lineBoxes = new LinkedHashMap<>();
    Map<String, List<RecognizedPage.Word>> words = new LinkedHashMap<>();
    double sum = 0;
    int n = 0;
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].matches("\\d+")) {
        continue; // the header row
      }
      int level = Integer.parseInt(f[0]);
      String key = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
      int left = Integer.parseInt(f[6]);
      int top = Integer.parseInt(f[7]);
      int width = Integer.parseInt(f[8]);
      int height = Integer.parseInt(f[9]);
      if (level == 4) {
        lineBoxes.put(key, new int[] {left, top, width, height});
      } else if (level == 5) {
        String text = f[11].strip();
        double conf = Double.parseDouble(f[10]);
        if (text.isEmpty() || conf < 0) {
          continue;
        }
        words.computeIfAbsent(key, k -> new ArrayList<>()).add(new RecognizedPage.Word(text, left, top, width, height, conf));
        sum += conf;
        n++;
      }
    }
    List<RecognizedPage.Line> lines = new ArrayList<>();
    for (Map.Entry<String, List<RecognizedPage.Word>> e : words.entrySet()) {
      int[] b = lineBoxes.get(e.getKey());
      if (b != null) {
        lines.add(new RecognizedPage.Line(b[0], b[1], b[2], b[3], e.getValue()));
      }
    }
    return new RecognizedPage(lines, n == 0 ? 0 : sum / n);
  }

  /** The image as an 8-bit grey PGM in a temporary file. */
  static Path pgm(BufferedImage image) throws IOException {
    BufferedImage grey = image;
    if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
      grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      grey.getGraphics().drawImage(image, 0, 0, null);
    }
    byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    Path file = Files.createTempFile("draftkit-ocr-", ".pgm");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
      out.write(pixels, 0, grey.getWidth() * grey.getHeight());
    }
    return file;
  }

  /** Runs a command; its standard output, or an IOException naming the failure. */
  private static String run(List<String> command, Duration timeout) throws IOException {
    Path out = Files.createTempFile("draftkit-ocr-", ".out");
    Path err = Files.createTempFile("draftkit-ocr-", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      Process p = pb.start();
      boolean done;
      try {
        done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (!done) {
        p.destroyForcibly();
        throw new IOException("tesseract took longer than " + timeout.toSeconds() + " s");
      }
      if (p.exitValue() != 0) {
        String msg = Files.readString(err, StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElse("");
        throw new IOException("tesseract exited with " + p.exitValue() + (msg.isEmpty() ? "" : ": " + msg));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
