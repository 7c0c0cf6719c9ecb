// Load test of `draftkit serve` over loopback: CLIENTS concurrent clients post real files to every endpoint for
// SECONDS seconds (or REQUESTS requests in all, whichever comes first), then one request per endpoint must be
// answered normally. Every answer must be 2xx or one of the designed refusals: 413 (an upload over the limit,
// sent on purpose), 422 (an unreadable upload, sent on purpose), 503 (busy: more jobs than the server takes, or
// over the time limit). Anything else (a 500, a 400, a reset connection) is a violation. The server's resident
// memory is sampled from /proc every 200 ms. Prints throughput, p50/p99 latency per endpoint and in all, the
// status counts and the peak and final RSS; exits 1 on any violation.
//   java bench/LoadTest.java URL SERVER_PID [CLIENTS] [SECONDS] [REQUESTS] [MAX_UPLOAD_MB]
// The inputs: the corpus (../shared/corpus) when present, else the bundled examples (examples/documents).

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

public class LoadTest {

  static final String BOUNDARY = "draftkit-load-test-0c5e";

  /** One kind of request: its name, path and body, and the statuses it may get. */
  record Job(String name, String path, byte[] body, List<Integer> designed) {}

  record Sample(String job, int status, long nanos) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    long pid = Long.parseLong(args[1]);
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    int maxRequests = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
    int maxUploadMb = args.length > 5 ? Integer.parseInt(args[5]) : 50;
    List<Job> jobs = jobs(maxUploadMb);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AtomicLong peakRss = new AtomicLong(rssKb(pid));
    long startRss = peakRss.get();
    List<long[]> rssTrace = new CopyOnWriteArrayList<>();
    long t0 = System.nanoTime();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        long kb = rssKb(pid);
        peakRss.accumulateAndGet(kb, Math::max);
        rssTrace.add(new long[] {(System.nanoTime() - t0) / 1_000_000, kb});
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();

    List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    List<String> violations = new CopyOnWriteArrayList<>();
    AtomicInteger sent = new AtomicInteger();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(c);
      Thread t = new Thread(() -> {
        while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
          Job job = jobs.get(random.nextInt(jobs.size()));
          long start = System.nanoTime();
          try {
            Answer r = send(http, base, job);
            samples.add(new Sample(job.name(), r.status(), System.nanoTime() - start));
            boolean ok = r.status() / 100 == 2 ? !job.designed().contains(-1) : job.designed().contains(r.status());
            if (!ok) {
              violations.add(job.name() + ": " + r.status() + " " + r.head());
            }
          } catch (Exception e) {
            samples.add(new Sample(job.name(), -1, System.nanoTime() - start));
            violations.add(job.name() + ": " + e);
          }
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;

    // right after: one of each, one at a time, answered normally
    List<String> after = new ArrayList<>();
    for (Job job : jobs) {
      Answer r = send(http, base, job);
      boolean normal = job.designed().contains(-1) ? job.designed().contains(r.status()) : r.status() == 200;
      after.add(job.name() + "=" + r.status());
      if (!normal) {
        violations.add("after the load, " + job.name() + " answered " + r.status());
      }
    }
    Thread.sleep(1000);
    sampler.interrupt();
    long endRss = rssKb(pid);

    System.out.printf("%d clients, %.1f s, %d requests, %.1f requests/s%n", clients, elapsed, samples.size(),
        samples.size() / elapsed);
    System.out.printf("%-22s %6s %9s %9s %9s  %s%n", "endpoint", "n", "p50 ms", "p99 ms", "max ms", "statuses");
    Map<String, List<Sample>> byJob = new TreeMap<>();
    for (Sample s : samples) {
      byJob.computeIfAbsent(s.job(), k -> new ArrayList<>()).add(s);
    }
    for (Map.Entry<String, List<Sample>> e : byJob.entrySet()) {
      print(e.getKey(), e.getValue());
    }
    print("all", samples);
    System.out.printf("RSS: start %d MB, peak %d MB, end %d MB (sampled every 200 ms)%n", startRss / 1024,
        peakRss.get() / 1024, endRss / 1024);
    StringBuilder trace = new StringBuilder("RSS trace (s:MB):");
    for (int i = 0; i < rssTrace.size(); i += Math.max(1, rssTrace.size() / 12)) {
      trace.append(' ').append(rssTrace.get(i)[0] / 1000).append(':').append(rssTrace.get(i)[1] / 1024);
    }
    System.out.println(trace);
    System.out.println("after the load: " + String.join(" ", after));
    if (violations.isEmpty()) {
      System.out.println("OK: every answer was 2xx or a designed 413/422/503, and the server answered normally after");
    } else {
      System.out.println("VIOLATIONS: " + violations.size());
      violations.stream().limit(20).forEach(v -> System.out.println("  " + v));
      System.exit(1);
    }
  }

  static void print(String name, List<Sample> s) {
    List<Long> ms = s.stream().map(x -> x.nanos() / 1_000_000).sorted().toList();
    Map<Integer, Integer> statuses = new TreeMap<>();
    s.forEach(x -> statuses.merge(x.status(), 1, Integer::sum));
    System.out.printf("%-22s %6d %9d %9d %9d  %s%n", name, ms.size(), pct(ms, 50), pct(ms, 99), ms.get(ms.size() - 1),
        statuses);
  }

  static long pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** A status and the start of the body. */
  record Answer(int status, String head) {}

  /**
   * Sends a job. A body over 1 MB is announced with {@code Expect: 100-continue} and sent only when
   * the server asks for it, as curl does (through a plain socket: JDK 17's HttpClient waits forever
   * when the server answers such a request at once, JDK-8286171).
   */
  static Answer send(HttpClient http, String base, Job job) throws Exception {
    if (job.body() != null && job.body().length > (1 << 20)) {
      return expectContinue(base, job);
    }
    HttpResponse<byte[]> r = http.send(request(base, job), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(r.statusCode(), new String(r.body(), 0, Math.min(300, r.body().length), StandardCharsets.UTF_8));
  }

  static Answer expectContinue(String base, Job job) throws Exception {
    URI uri = URI.create(base + job.path());
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(180_000);
      String head = "POST " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
          + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
          + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
          + "Content-Length: " + job.body().length + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
      var out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      var in = new java.io.BufferedInputStream(socket.getInputStream());
      String status = statusLine(in);
      if (status.contains(" 100 ")) {
        while (!statusLine(in).isEmpty()) {
          // the rest of the interim response
        }
        out.write(job.body());
        out.flush();
        status = statusLine(in);
      }
      String rest = new String(in.readNBytes(300), StandardCharsets.UTF_8);
      return new Answer(Integer.parseInt(status.split(" ")[1]), rest);
    }
  }

  static String statusLine(java.io.InputStream in) throws java.io.IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  static HttpRequest request(String base, Job job) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + job.path())).timeout(Duration.ofMinutes(3));
    if (job.body() == null) {
      return b.GET().build();
    }
    return b.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(job.body())).build();
  }

  /** The mix: real documents to every endpoint, plus an oversized and an unreadable upload. */
  static List<Job> jobs(int maxUploadMb) throws Exception {
    Path corpus = Path.of("../shared/corpus");
    List<Integer> busy = List.of(503);
    List<Job> jobs = new ArrayList<>();
    Path older;
    Path newer;
    Path base;
    Path submission;
    Path pdf;
    if (Files.isDirectory(corpus)) {
      older = corpus.resolve("un-drafts/bbnj-ga-resolutions/A-RES-79-271.pdf");
      newer = corpus.resolve("un-drafts/bbnj-ga-resolutions/A-RES-80-107.pdf");
      base = corpus.resolve("un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt");
      submission = corpus.resolve("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md");
      pdf = corpus.resolve("un-drafts/bbnj-ga-resolutions/A-RES-78-272.pdf");
    } else {
      Path ex = Path.of("examples/documents");
      older = ex.resolve("draft-resolution.md");
      newer = ex.resolve("draft-resolution.docx");
      base = ex.resolve("draft-resolution.html");
      submission = ex.resolve("draft-resolution.md");
      pdf = ex.resolve("draft-resolution.pdf");
    }
    jobs.add(new Job("GET /api/plugins", "/api/plugins", null, busy));
    jobs.add(new Job("convert pdf→json", "/api/convert?to=json", form("file", pdf), busy));
    jobs.add(new Job("convert pdf→docx", "/api/convert?to=docx", form("file", pdf), busy));
    jobs.add(new Job("compare pdf→html", "/api/compare", form("file", older, "file", newer), busy));
    jobs.add(new Job("compare pdf→docx", "/api/compare?to=docx", form("file", older, "file", newer), busy));
    jobs.add(new Job("consolidate→docx", "/api/consolidate?to=docx", form("base", base, "submission", submission), busy));
    jobs.add(new Job("consolidate→md", "/api/consolidate?to=md", form("base", base, "submission", submission), busy));
    jobs.add(new Job("positions→csv", "/api/positions?to=csv", form("base", base, "submission", submission), busy));
    jobs.add(new Job("positions→html", "/api/positions", form("submission", submission), busy));
    // designed refusals: -1 marks a job whose success would be wrong
    byte[] big = new byte[(maxUploadMb + 1) << 20];
    Arrays.fill(big, (byte) 'a');
    jobs.add(new Job("oversized→413", "/api/convert", formBytes("file", "big.txt", big), List.of(-1, 413, 503)));
    jobs.add(new Job("unreadable→422", "/api/convert", formBytes("file", "broken.pdf",
        "%PDF-1.7\nnot a PDF at all\n".getBytes(StandardCharsets.US_ASCII)), List.of(-1, 422, 503)));
    return jobs;
  }

  static byte[] form(Object... fieldAndPath) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < fieldAndPath.length; i += 2) {
      Path p = (Path) fieldAndPath[i + 1];
      part(out, (String) fieldAndPath[i], p.getFileName().toString(), Files.readAllBytes(p));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] formBytes(String field, String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    part(out, field, name, content);
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static void part(ByteArrayOutputStream out, String field, String name, byte[] content) {
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + name
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** VmRSS of a process, in kB (0 when it cannot be read). */
  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D+", ""));
        }
      }
    } catch (Exception e) {
      // the process is gone
    }
    return 0;
  }
}
