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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftkit.importer.unpdf.ocr.RecognizedPage;
import org.draftkit.importer.unpdf.ocr.TextRecognizer;

/**
 * Reads page images with the {@code tesseract} program (Tesseract 4 or 5, LSTM engine), one process
 * per page, its output as hOCR (lines with their baseline and size, words with their boxes and
 * confidences). Each process is held to one thread ({@code OMP_THREAD_LIMIT=1}): the importer runs
 * several pages at once instead, which is faster on few cores than Tesseract's own threads. The
 * image goes to Tesseract as a PGM file (written in a few milliseconds; PNG encoding costs more
 * than it saves).
 *
 * <p>When the environment variable {@code DRAFTKIT_OCR_CACHE} names a directory, each page's hOCR
 * is kept there under a digest of the image, the languages and the Tesseract version, and read back
 * instead of running Tesseract again on the same page (re-running a batch, or a document whose
 * structure is being worked on). A damaged or partial cache entry is never read: entries are
 * written to a temporary file and moved into place.
 *
 * <p>When the environment variable {@code DRAFTKIT_TESSDATA} names a directory, Tesseract reads its
 * language data from there ({@code --tessdata-dir}) instead of from its installed data: for a
 * better model than the distribution's, such as {@code tessdata_best}'s Arabic (the directory must
 * hold every language used, and {@code osd.traineddata} for telling the script). The directory is
 * part of the cache key; a model replaced under the same directory needs a fresh cache.
 *
 * <p>Stateless and thread-safe; what is installed is looked up once per class loader.
 *
 * @since 0.1
 */
public final class TesseractRecognizer implements TextRecognizer {

  /** ISO 639-1 codes and the Tesseract language data that reads them. */
  private static final Map<String, String> LANGUAGES =
      Map.of("en", "eng", "fr", "fra", "es", "spa", "ru", "rus", "zh", "chi_sim", "ar", "ara");

  /** Tesseract's script names (OSD) and the languages written in them. */
  private static final Map<String, List<String>> SCRIPTS =
      Map.of(
          "Latin",
          List.of("en", "fr", "es"),
          "Cyrillic",
          List.of("ru", "en"),
          "Han",
          List.of("zh"),
          "HanS",
          List.of("zh"),
          "Arabic",
          List.of("ar"));

  private final String program;
  private final Path cache;
  private final Path tessdata;

  /** Runs {@code tesseract} from the PATH (for ServiceLoader). */
  public TesseractRecognizer() {
    this("tesseract", cacheFromEnvironment(), directoryFromEnvironment("DRAFTKIT_TESSDATA"));
  }

  /** Runs the given program (a path to a Tesseract build). */
  public TesseractRecognizer(String program) {
    this(program, null);
  }

  /**
   * Runs the given program, keeping each page's result in {@code cache} (a directory, created when
   * missing; null for none).
   */
  public TesseractRecognizer(String program, Path cache) {
    this(program, cache, null);
  }

  /**
   * Runs the given program with its language data from {@code tessdata} (a directory; null for
   * Tesseract's installed data), keeping each page's result in {@code cache} (null for none).
   */
  public TesseractRecognizer(String program, Path cache, Path tessdata) {
    this.program = program;
    this.cache = cache;
    this.tessdata = tessdata;
  }

  private static Path cacheFromEnvironment() {
    return directoryFromEnvironment("DRAFTKIT_OCR_CACHE");
  }

  private static Path directoryFromEnvironment(String variable) {
    String dir = System.getenv(variable);
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  /** The program and, with a language data directory, the option that names it. */
  private List<String> tesseract() {
    return tessdata == null
        ? List.of(program)
        : List.of(program, "--tessdata-dir", tessdata.toString());
  }

  /** What the installed Tesseract offers: found once. */
  private static final class Installed {
    static final Map<String, Installation> BY_PROGRAM =
        new java.util.concurrent.ConcurrentHashMap<>();
  }

  private record Installation(String version, List<String> languages) {}

  private Installation installation() {
    return Installed.BY_PROGRAM.computeIfAbsent(
        tessdata == null ? program : program + "\u0000" + tessdata,
        key -> {
          String p = program;
          try {
            String version =
                run(List.of(p, "--version"), Duration.ofSeconds(20))
                    .lines()
                    .findFirst()
                    .orElse("")
                    .strip();
            List<String> list = new ArrayList<>(tesseract());
            list.add("--list-langs");
            List<String> langs =
                run(list, Duration.ofSeconds(20))
                    .lines()
                    .skip(1)
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
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
      return Optional.of(
          "install Tesseract (apt-get install tesseract-ocr tesseract-ocr-eng"
              + (languages.isEmpty() ? "" : " " + packages(languages))
              + ")");
    }
    List<String> missing = new ArrayList<>();
    for (String l : languages) {
      String code = code(l);
      if (code == null) {
        return Optional.of(
            "unknown OCR language '"
                + l
                + "' (use "
                + String.join(", ", new java.util.TreeSet<>(LANGUAGES.keySet()))
                + " or a Tesseract language code)");
      }
      if (!in.languages().contains(code)) {
        missing.add(l);
      }
    }
    if (!missing.isEmpty() && tessdata != null) {
      return Optional.of(
          "no Tesseract language data for "
              + String.join(", ", missing)
              + " in "
              + tessdata
              + " (DRAFTKIT_TESSDATA)");
    }
    return missing.isEmpty()
        ? Optional.empty()
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
      List<String> command = new ArrayList<>(tesseract());
      command.addAll(List.of(img.toString(), "stdout", "--psm", "0", "--dpi", "300"));
      String out = run(command, timeout);
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
  public RecognizedPage recognize(BufferedImage image, List<String> languages, Duration timeout)
      throws IOException {
    List<String> codes = new ArrayList<>();
    for (String l : languages) {
      String c = code(l);
      if (c != null && !codes.contains(c)) {
        codes.add(c);
      }
    }
    Pgm pgm = Pgm.of(image);
    // the image is named by a placeholder until it is written: a page found in the cache never is
    List<String> command = new ArrayList<>(tesseract());
    command.addAll(
        List.of(
            IMAGE,
            "stdout",
            "-l",
            String.join("+", codes.isEmpty() ? List.of("eng") : codes),
            "--psm",
            "3",
            "--dpi",
            "300"));
    // the "hocr" config file lives in the installed data's configs/, which a language data
    // directory of one's own need not have: there the variable it sets is given directly
    command.addAll(tessdata == null ? List.of("hocr") : List.of("-c", "tessedit_create_hocr=1"));
    Path cached = cached(pgm, command);
    if (cached != null && Files.isRegularFile(cached)) {
      return parse(Files.readString(cached, StandardCharsets.UTF_8));
    }
    Path img = pgm.write();
    try {
      command.set(command.indexOf(IMAGE), img.toString());
      String hocr = run(command, timeout);
      if (cached != null) {
        keep(cached, hocr);
      }
      return parse(hocr);
    } finally {
      Files.deleteIfExists(img);
    }
  }

  /** Where the image goes in a command until it is written to a file. */
  private static final String IMAGE = "<image>";

  /** Where the result of this command on this image is cached; null without a cache. */
  private Path cached(Pgm image, List<String> command) {
    if (cache == null) {
      return null;
    }
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update(String.valueOf(name()).getBytes(StandardCharsets.UTF_8));
      for (String arg : command) {
        if (arg.equals(program) || arg.equals(IMAGE)) {
          continue; // the program's path and the image's file say nothing of the result
        }
        digest.update((byte) 0);
        digest.update(arg.getBytes(StandardCharsets.UTF_8));
      }
      digest.update((byte) 0);
      image.digest(digest);
      return cache.resolve(java.util.HexFormat.of().formatHex(digest.digest()) + ".hocr");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static void keep(Path file, String hocr) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".draftkit-ocr-", ".tmp");
      Files.writeString(tmp, hocr, StandardCharsets.UTF_8);
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // a cache that cannot be written only costs time: the result in hand is returned
    }
  }

  private static final Pattern SPAN =
      Pattern.compile(
          "<span class='(ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)'[^>]*?title=(?:'([^']*)'|\"([^\"]*)\")[^>]*>");
  private static final Pattern BBOX = Pattern.compile("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
  private static final Pattern BASELINE = Pattern.compile("baseline (-?[\\d.]+) (-?[\\d.]+)");
  private static final Pattern X_SIZE = Pattern.compile("x_size ([\\d.]+)");
  private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d+)");

  /**
   * Parses Tesseract's hOCR: lines (and headers, captions, floating text) with their box, baseline
   * and size, and their words with box and confidence.
   */
  static RecognizedPage parse(String hocr) {
    List<RecognizedPage.Line> lines = new ArrayList<>();
    int[] box = null;
    float baseline = 0;
    float size = 0;
    List<RecognizedPage.Word> words = new ArrayList<>();
    double sum = 0;
    int n = 0;
    Matcher m = SPAN.matcher(hocr);
    while (m.find()) {
      String title = m.group(2) != null ? m.group(2) : m.group(3);
      int[] b = box(title);
      if (b == null) {
        continue;
      }
      if (!m.group(1).equals("ocrx_word")) {
        if (box != null && !words.isEmpty()) {
          lines.add(
              new RecognizedPage.Line(
                  box[0], box[1], box[2] - box[0], box[3] - box[1], baseline, size, words));
        }
        box = b;
        words = new ArrayList<>();
        Matcher bl = BASELINE.matcher(title);
        baseline = bl.find() ? b[3] + Float.parseFloat(bl.group(2)) : b[3];
        Matcher xs = X_SIZE.matcher(title);
        size = xs.find() ? Float.parseFloat(xs.group(1)) : 0;
        continue;
      }
      int close = hocr.indexOf("</span>", m.end());
      String text =
          unescape(
                  hocr.substring(m.end(), close < 0 ? hocr.length() : close)
                      .replaceAll("<[^>]*>", ""))
              .strip();
      Matcher c = CONFIDENCE.matcher(title);
      double conf = c.find() ? Double.parseDouble(c.group(1)) : 0;
      if (text.isEmpty() || box == null) {
        continue;
      }
      words.add(new RecognizedPage.Word(text, b[0], b[1], b[2] - b[0], b[3] - b[1], conf));
      sum += conf;
      n++;
    }
    if (box != null && !words.isEmpty()) {
      lines.add(
          new RecognizedPage.Line(
              box[0], box[1], box[2] - box[0], box[3] - box[1], baseline, size, words));
    }
    return new RecognizedPage(lines, n == 0 ? 0 : sum / n);
  }

  private static int[] box(String title) {
    Matcher b = BBOX.matcher(title);
    if (!b.find()) {
      return null;
    }
    return new int[] {
      Integer.parseInt(b.group(1)),
      Integer.parseInt(b.group(2)),
      Integer.parseInt(b.group(3)),
      Integer.parseInt(b.group(4))
    };
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** The image as an 8-bit grey PGM in a temporary file. */
  static Path pgm(BufferedImage image) throws IOException {
    return Pgm.of(image).write();
  }

  /** An image as an 8-bit grey PGM: its header, and its pixels row by row. */
  private record Pgm(byte[] header, byte[] pixels, int length) {
    static Pgm of(BufferedImage image) {
      BufferedImage grey = image;
      if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
        grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(image, 0, 0, null);
      }
      return new Pgm(
          ("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n")
              .getBytes(StandardCharsets.US_ASCII),
          ((DataBufferByte) grey.getRaster().getDataBuffer()).getData(),
          grey.getWidth() * grey.getHeight());
    }

    /** The bytes a PGM file of the image holds, into a digest (as the file's would be). */
    void digest(java.security.MessageDigest digest) {
      digest.update(header);
      digest.update(pixels, 0, length);
    }

    /** The image in a temporary file (written in milliseconds; PNG encoding costs more). */
    Path write() throws IOException {
      Path file = Files.createTempFile("draftkit-ocr-", ".pgm");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        out.write(header);
        out.write(pixels, 0, length);
      }
      return file;
    }
  }

  /** Runs a command; its standard output, or an IOException naming the failure. */
  private static String run(List<String> command, Duration timeout) throws IOException {
    Path out = Files.createTempFile("draftkit-ocr-", ".out");
    Path err = Files.createTempFile("draftkit-ocr-", ".err");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
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
        String msg =
            Files.readString(err, StandardCharsets.UTF_8)
                .strip()
                .lines()
                .reduce((a, b) -> b)
                .orElse("");
        throw new IOException(
            "tesseract exited with " + p.exitValue() + (msg.isEmpty() ? "" : ": " + msg));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
