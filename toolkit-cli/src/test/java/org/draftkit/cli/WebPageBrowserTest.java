package org.draftkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.draftkit.Toolkit;
import org.draftkit.model.Document;
import org.draftkit.model.Mark;
import org.draftkit.server.DraftkitServer;
import org.draftkit.server.ServerOptions;
import org.draftkit.testkit.Corpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page at {@code /}, driven in headless Chromium the way a person uses it: files chosen, a
 * job run, the result read in the page, a download opened. Runs on the bundled example always and
 * on corpus files when present; skipped with a message when Chromium or chromedriver is absent.
 * Screenshots go to {@code target/screenshots/} for a person to look at.
 */
class WebPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path EXAMPLE =
      Path.of("../examples/documents/draft-resolution.md").toAbsolutePath().normalize();
  private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
  private static final Path DOWNLOADS = Path.of("target/browser-downloads").toAbsolutePath();

  private static Toolkit toolkit;
  private static DraftkitServer server;
  private static WebDriver browser;
  private static Path fixtures;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium and chromedriver are needed at /usr/bin (apt-get install chromium chromium-driver): skipped");
    toolkit = Toolkit.builder().discoverPlugins().build();
    server = DraftkitServer.start(toolkit, ServerOptions.defaults().withPort(0));
    Files.createDirectories(SCREENSHOTS);
    Files.createDirectories(DOWNLOADS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=en");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", DOWNLOADS.toString(),
            "download.prompt_for_download", false,
            "safebrowsing.enabled", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    fixtures = Files.createTempDirectory("draftkit-browser");
    writeFixtures();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @BeforeEach
  void openThePage() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    browser.get("http://127.0.0.1:" + server.port() + "/");
  }

  /**
   * The second revision of the bundled example (paragraph 2 "share" becomes "publish") and a
   * submission on it, written here rather than kept as files.
   */
  private static void writeFixtures() throws IOException {
    String rev1 = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    String rev2 =
        rev1.replace("symbol: A/99/L.7", "symbol: A/99/L.7/Rev.1")
            .replace(
                "Member States to share monitoring data",
                "Member States to publish monitoring data");
    assertFalse(rev1.equals(rev2), "the example still has the sentence this test changes");
    Files.writeString(fixtures.resolve("draft-resolution-rev1.md"), rev2, StandardCharsets.UTF_8);
    Files.writeString(
        fixtures.resolve("glacier-group.md"),
        """
        # Comments of the Glacier Group on A/99/L.7

        We retain paragraph 1 and propose:

        2. *Encourages* Member States to share monitoring data on glacier mass balance in ~~open~~ **open and \
        interoperable** formats;

        4. ~~*Decides* to remain seized of the matter.~~
        """,
        StandardCharsets.UTF_8);
    Files.write(
        fixtures.resolve("broken.pdf"),
        "%PDF-1.7\nthis is not really a PDF\n".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void twoRevisionsGiveARedlineAndAWordFileTheImporterOpens(TestInfo info) throws Exception {
    choose("compare");
    upload("slot-compare-file", EXAMPLE, fixtures.resolve("draft-resolution-rev1.md"));
    assertEquals(2, browser.findElements(By.cssSelector("#slot-compare-file-list li")).size());
    run();
    String redline =
        inResult(
            () ->
                browser.findElement(By.tagName("body")).getText()
                    + "\n<ins>"
                    + String.join(
                        "|",
                        browser.findElements(By.tagName("ins")).stream()
                            .map(WebElement::getText)
                            .toList()));
    assertTrue(redline.contains("publish"), redline);
    assertTrue(
        redline.matches("(?s).*<ins>.*publish.*"), "'publish' is marked as inserted: " + redline);
    screenshot(info);

    Path docx = download("docx", ".docx");
    Document doc = toolkit.read(docx);
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(
                p ->
                    p.runs().stream()
                        .anyMatch(r -> r.has(Mark.INSERT) && r.text().contains("publish"))),
        "the DOCX has 'publish' as an insertion");
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(
                p ->
                    p.runs().stream()
                        .anyMatch(r -> r.has(Mark.DELETE) && r.text().contains("share"))),
        "the DOCX has 'share' as a deletion");
  }

  @Test
  void theOrderOfRevisionsCanBeChangedWithTheKeyboard() {
    choose("compare");
    upload("slot-compare-file", EXAMPLE, fixtures.resolve("draft-resolution-rev1.md"));
    WebElement later =
        browser.findElement(By.cssSelector("button[aria-label='Move draft-resolution.md later']"));
    later.sendKeys(org.openqa.selenium.Keys.ENTER);
    List<String> names =
        browser.findElements(By.cssSelector("#slot-compare-file-list .name")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("draft-resolution-rev1.md", "draft-resolution.md"), names);
    assertTrue(browser.findElement(By.id("status")).getText().contains("now number 2 of 2"));
  }

  @Test
  void consolidateAppliesTheSubmissionUnderItsProponent(TestInfo info) throws Exception {
    choose("consolidate");
    upload("slot-consolidate-base", EXAMPLE);
    upload("slot-consolidate-submission", fixtures.resolve("glacier-group.md"));
    browser.findElement(By.id("slot-consolidate-submission-name-0")).sendKeys("GG");
    run();
    String text = inResult(() -> browser.findElement(By.tagName("body")).getText());
    assertTrue(text.contains("interoperable"), text);
    assertTrue(text.contains("GG"), text);
    screenshot(info);
    Path md = download("md", ".md");
    assertTrue(Files.readString(md, StandardCharsets.UTF_8).contains("interoperable"));
  }

  @Test
  void positionsShowTheTableAndDownloadCsv(TestInfo info) throws Exception {
    choose("positions");
    upload("slot-positions-submission", fixtures.resolve("glacier-group.md"));
    browser.findElement(By.id("slot-positions-submission-name-0")).sendKeys("GG");
    upload("slot-positions-base", EXAMPLE);
    run();
    String table = inResult(() -> browser.findElement(By.tagName("table")).getText());
    assertTrue(table.contains("GG"), table);
    assertTrue(table.toLowerCase(java.util.Locale.ROOT).contains("amend"), table);
    screenshot(info);
    Path csv = download("csv", ".csv");
    String rows = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(rows.contains("GG") && rows.contains("amend"), rows);
  }

  @Test
  void anUnreadableUploadIsExplainedInASentence(TestInfo info) {
    choose("compare");
    upload("slot-compare-file", fixtures.resolve("broken.pdf"), EXAMPLE);
    run(false);
    WebElement error =
        new WebDriverWait(browser, Duration.ofSeconds(60))
            .until(
                d -> {
                  WebElement e = d.findElement(By.id("error"));
                  return e.isDisplayed() ? e : null;
                });
    String message = error.getText();
    assertTrue(message.startsWith("A file could not be read."), message);
    assertTrue(message.contains("broken.pdf"), message);
    assertFalse(message.contains("{") || message.contains("Exception"), message);
    assertEquals(
        "error",
        browser.switchTo().activeElement().getAttribute("id"),
        "the message takes the focus");
    screenshot(info);
  }

  @Test
  void missingFilesAreSaidBeforeAnythingIsSent() {
    choose("compare");
    upload("slot-compare-file", EXAMPLE);
    run(false);
    String message = browser.findElement(By.id("error")).getText();
    assertEquals("Please add at least 2 files under “Revisions, oldest first”.", message);
    assertEquals("slot-compare-file", browser.switchTo().activeElement().getAttribute("id"));
  }

  @Test
  void onAPhoneThePageFitsTheScreen(TestInfo info) {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.get("http://127.0.0.1:" + server.port() + "/");
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
    assertEquals(Boolean.FALSE, overflow, "no sideways scrolling at 390 px");
    screenshot(info);
  }

  @Test
  void everyControlHasALabel() {
    for (String job : List.of("compare", "consolidate", "positions", "uptake", "align")) {
      choose(job);
      Object unlabelled =
          ((org.openqa.selenium.JavascriptExecutor) browser)
              .executeScript(
                  """
          return [...document.querySelectorAll('input, textarea, select, button')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
            .map(e => e.id || e.outerHTML);""");
      assertEquals(List.of(), unlabelled, job);
    }
  }

  @Test
  void theImsbSubmissionConsolidatesIntoTheFinalDraft(TestInfo info) throws Exception {
    Path l41 = Corpus.file("un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt");
    Path imsb = Corpus.file("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md");
    choose("consolidate");
    upload("slot-consolidate-base", l41);
    upload("slot-consolidate-submission", imsb);
    run();
    String text = inResult(() -> browser.findElement(By.tagName("body")).getText());
    assertTrue(text.contains("including the Internet Governance Forum and the WSIS Forum"), text);
    assertTrue(text.contains("83 bis"), text);
    screenshot(info);
    Path docx = download("docx", ".docx");
    Document doc = toolkit.read(docx);
    assertTrue(
        doc.paragraphs().stream()
            .anyMatch(
                p ->
                    p.runs().stream()
                        .anyMatch(r -> r.has(Mark.INSERT) && "IMSB".equals(r.author()))),
        "IMSB's insertions are tracked in the DOCX");
  }

  @Test
  void theImsbUptakeInTheFinalDraft(TestInfo info) throws Exception {
    Path l41 = Corpus.file("un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt");
    Path imsb = Corpus.file("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md");
    choose("uptake");
    upload("slot-uptake-submission", imsb);
    upload("slot-uptake-later", l41);
    run();
    String text = inResult(() -> browser.findElement(By.tagName("body")).getText());
    assertTrue(text.contains("IMSB: 0 of 8 proposals adopted, 4 partly"), text);
    screenshot(info);
  }

  @Test
  void twoCorpusResolutionsGiveARedline(TestInfo info) throws Exception {
    Path older = Corpus.file("un-drafts/bbnj-ga-resolutions/A-RES-79-271.pdf");
    Path newer = Corpus.file("un-drafts/bbnj-ga-resolutions/A-RES-80-107.pdf");
    choose("compare");
    upload("slot-compare-file", older, newer);
    run();
    int changes = inResult(() -> browser.findElements(By.tagName("ins")).size());
    assertTrue(changes > 10, changes + " insertions");
    screenshot(info);
    Path docx = download("docx", ".docx");
    assertFalse(toolkit.read(docx).paragraphs().isEmpty());
  }

  @Test
  void imsbPositionsOnTheFinalDraft(TestInfo info) {
    Path l41 = Corpus.file("un-drafts/wsis20/A_80_L.41_wsis20-outcome_final-draft_2025-12-16.txt");
    Path imsb = Corpus.file("submissions/imsb-reflections-wsis20-rev2_2025-12-09.md");
    choose("positions");
    upload("slot-positions-submission", imsb);
    upload("slot-positions-base", l41);
    run();
    String table = inResult(() -> browser.findElement(By.tagName("table")).getText());
    assertTrue(table.contains("IMSB") && table.contains("retain"), table);
    screenshot(info);
  }

  // --- what a person does

  private static void choose(String job) {
    browser.findElement(By.cssSelector("label[for='job-" + job + "']")).click();
    assertTrue(browser.findElement(By.id("job-" + job)).isSelected());
  }

  private static void upload(String inputId, Path... files) {
    for (Path f : files) {
      browser.findElement(By.id(inputId)).sendKeys(f.toAbsolutePath().toString());
    }
  }

  private static void run() {
    run(true);
  }

  private static void run(boolean expectResult) {
    browser.findElement(By.id("run")).click();
    if (expectResult) {
      new WebDriverWait(browser, Duration.ofSeconds(120))
          .until(
              d -> {
                WebElement error = d.findElement(By.id("error"));
                if (error.isDisplayed()) {
                  throw new AssertionError("the page shows an error: " + error.getText());
                }
                return d.findElement(By.id("result")).isDisplayed()
                    && d.findElement(By.id("status")).getText().startsWith("Done");
              });
    }
  }

  private static <T> T inResult(java.util.function.Supplier<T> read) {
    browser.switchTo().frame(browser.findElement(By.id("result-frame")));
    try {
      return read.get();
    } finally {
      browser.switchTo().defaultContent();
    }
  }

  private static Path download(String format, String extension) throws IOException {
    try (Stream<Path> old = Files.list(DOWNLOADS)) {
      for (Path p : old.toList()) {
        Files.deleteIfExists(p);
      }
    }
    browser
        .findElement(By.cssSelector("#download-buttons button[data-format='" + format + "']"))
        .click();
    return new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(
            d -> {
              try (Stream<Path> files = Files.list(DOWNLOADS)) {
                return files
                    .filter(p -> p.getFileName().toString().endsWith(extension))
                    .findFirst()
                    .orElse(null);
              } catch (IOException e) {
                return null;
              }
            });
  }

  private static void screenshot(TestInfo info) {
    try {
      Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          png,
          SCREENSHOTS.resolve(info.getTestMethod().orElseThrow().getName() + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
