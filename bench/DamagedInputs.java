// Damaged copies of real files, in one JVM through the public Toolkit API: for every PDF and DOCX
// under the given folders, four seeded variants (cut at 50% and 90%, 20 bytes flipped, 2,000 bytes
// overwritten a third of the way in) are read from memory. Each must be read or refused with a typed
// ImportException whose reason says what is wrong; a crash (any other Throwable), a read that takes
// longer than LIMIT seconds (default 20) or a refusal that only names a library exception (the
// toolkit's fallback "cannot be read as FORMAT (SomeException…)", meaning the importer did not map
// it) is a violation. Prints one line per refused or violating variant, counts per reason and a
// summary; exits 1 on any violation.
//   java -XX:TieredStopAtLevel=1 -cp toolkit-cli/target/draftkit.jar bench/DamagedInputs.java DIR…

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;

public class DamagedInputs {

  /** Toolkit's wrapper for an exception the importer let through unmapped. */
  private static final Pattern UNMAPPED = Pattern.compile("cannot be read as \\S+ \\(\\w+(Exception|Error)");

  public static void main(String[] args) throws Exception {
    long limit = Long.getLong("limit", 20);
    List<Path> files = new ArrayList<>();
    for (String dir : args) {
      try (Stream<Path> s = Files.walk(Path.of(dir))) {
        s.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".docx")).sorted().forEach(files::add);
      }
    }
    Toolkit toolkit = Toolkit.builder().discoverPlugins().build();
    ExecutorService worker = daemon();
    Map<String, Integer> reasons = new TreeMap<>();
    int read = 0;
    int refused = 0;
    int violations = 0;
    long slowest = 0;
    for (Path f : files) {
      byte[] original = Files.readAllBytes(f);
      String name = f.getFileName().toString();
      List<byte[]> variants = variants(original, new Random(name.hashCode()));
      for (int v = 0; v < variants.size(); v++) {
        byte[] bytes = variants.get(v);
        long t0 = System.nanoTime();
        Future<String> outcome = worker.submit(() -> {
          try {
            toolkit.read(bytes, name, null, Map.of());
            return null;
          } catch (ImportException e) {
            return e.getClass().getSimpleName() + ": " + e.reason();
          }
        });
        String result;
        String violation = null;
        try {
          result = outcome.get(limit * 3, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          outcome.cancel(true);
          worker.shutdownNow();
          worker = daemon();
          result = null;
          violation = "no answer after " + limit * 3 + " s";
        } catch (java.util.concurrent.ExecutionException e) {
          result = null;
          violation = "crash: " + e.getCause();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        slowest = Math.max(slowest, ms);
        if (violation == null && ms > limit * 1000) {
          violation = ms + " ms";
        }
        if (violation == null && result != null && UNMAPPED.matcher(result).find()) {
          violation = "unmapped library exception";
        }
        if (result == null && violation == null) {
          read++;
          continue;
        }
        if (result != null) {
          refused++;
          reasons.merge(result.replaceAll("0x[0-9a-fA-F]+|\\d+", "N"), 1, Integer::sum);
        }
        if (violation != null) {
          violations++;
        }
        System.out.printf("%6d ms  v%d  %s: %s%s%n", ms, v + 1, f, result == null ? "" : result,
            violation == null ? "" : "  VIOLATION: " + violation);
      }
    }
    System.out.println();
    reasons.forEach((r, n) -> System.out.printf("%5d  %s%n", n, r));
    System.out.printf("damaged-inputs: %d files, %d variants: read %d, refused %d, slowest %d ms, violations %d%n",
        files.size(), files.size() * 4, read, refused, slowest, violations);
    System.exit(violations == 0 ? 0 : 1);
  }

  private static List<byte[]> variants(byte[] b, Random random) {
    byte[] flipped = b.clone();
    for (int i = 0; i < 20; i++) {
      flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
    }
    byte[] overwritten = b.clone();
    for (int i = b.length / 3; i < Math.min(b.length, b.length / 3 + 2000); i++) {
      overwritten[i] = (byte) random.nextInt(256);
    }
    return List.of(Arrays.copyOf(b, b.length / 2), Arrays.copyOf(b, b.length * 9 / 10), flipped, overwritten);
  }

  private static ExecutorService daemon() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "read");
      t.setDaemon(true);
      return t;
    });
  }
}
