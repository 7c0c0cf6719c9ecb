// Whole-process DOCX import benchmark: reads every file named in a list (one path per line) through
// the public Toolkit API and writes its JSON, in one JVM, with N worker threads. Run by bench/docx.sh:
//   java -cp toolkit-cli/target/draftkit.jar bench/DocxBench.java LIST [JOBS]
// Prints the first file's time (class loading and plugin discovery included), the total and per-file counts.

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.draftkit.ImportException;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;

public class DocxBench {
  public static void main(String[] args) throws Exception {
    List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
    int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long start = System.nanoTime();
    Toolkit toolkit = Toolkit.builder().discoverPlugins().build();
    long first = System.nanoTime();
    int ok = convert(toolkit, files.get(0)) ? 1 : 0;
    long firstDone = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    List<Future<Boolean>> results = new ArrayList<>();
    for (Path f : files.subList(1, files.size())) {
      results.add(pool.submit(() -> convert(toolkit, f)));
    }
    for (Future<Boolean> r : results) {
      ok += r.get() ? 1 : 0;
    }
    pool.shutdown();
    long end = System.nanoTime();
    System.out.printf("files=%d imported=%d refused=%d jobs=%d%n", files.size(), ok, files.size() - ok, jobs);
    System.out.printf("startup_ms=%d first_file_ms=%d rest_ms=%d total_ms=%d%n",
        (first - start) / 1_000_000, (firstDone - first) / 1_000_000, (end - firstDone) / 1_000_000,
        (end - start) / 1_000_000);
  }

  private static boolean convert(Toolkit toolkit, Path file) throws Exception {
    try {
      Document doc = toolkit.read(file);
      toolkit.write(doc, "json", OutputStream.nullOutputStream());
      return true;
    } catch (ImportException e) {
      return false; // typed refusal (truncated, encrypted): counted, as pandoc's failures are
    }
  }
}
