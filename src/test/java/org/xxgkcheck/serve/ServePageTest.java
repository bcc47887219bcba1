package org.xxgkcheck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xxgkcheck.check.Checker;
import org.xxgkcheck.check.TestRules;
import org.xxgkcheck.findings.CheckResult;
import org.xxgkcheck.findings.Finding;
import org.xxgkcheck.output.TextWriter;

/**
 * The clerks' page in Debian's chromium, driven through chromedriver as a person would use it: choose or drop a
 * file, send it, read the grade, the findings and the highlighted cells. The browser is required: without chromium
 * and chromium-driver (.ci/run installs them) these tests fail. Screenshots go to target/serve-screenshots/.
 */
class ServePageTest {
    private static final Path SHOTS = Path.of("target/serve-screenshots");
    private static TestServer service;
    private static WebDriver browser;
    private static String base;

    /** Selenium warns that it has no DevTools bindings for this chromium; they are not used here. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    @BeforeAll
    static void start() throws Exception {
        QUIET.setLevel(java.util.logging.Level.SEVERE);
        service = new TestServer(64 * TestServer.MB, 2, 20);
        base = "http://127.0.0.1:" + service.port() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN",
            "--window-size=1280,1000", "--hide-scrollbars");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (service != null) service.close();
    }

    @Test
    void a_docx_chosen_with_the_button() throws Exception {
        Path docx = Path.of("fixtures/formats/minimal.docx");
        open();
        browser.findElement(By.id("file")).sendKeys(docx.toAbsolutePath().toString());
        assertEquals("已选择：minimal.docx", browser.findElement(By.id("file-name")).getText());
        submitAndCheck(docx, "docx");
        // Narrow screen: the page itself never scrolls sideways; wide tables scroll inside their box.
        browser.manage().window().setSize(new Dimension(390, 844));
        Object overflow = js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertEquals(0L, ((Number) overflow).longValue());
        screenshot("docx-narrow");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void a_real_pdf_report() throws Exception {
        Path pdf = Path.of("fixtures/reports/hongze-district-2023.pdf");
        open();
        browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        submitAndCheck(pdf, "pdf");
    }

    @Test
    void a_txt_dropped_on_the_box() throws Exception {
        Path txt = Path.of("fixtures/formats/minimal.txt");
        open();
        js("const dt = new DataTransfer();"
            + "dt.items.add(new File([arguments[0]], 'minimal.txt', {type: 'text/plain'}));"
            + "document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
            Files.readString(txt, StandardCharsets.UTF_8));
        assertEquals("已选择：minimal.txt", browser.findElement(By.id("file-name")).getText());
        submitAndCheck(txt, "txt");
    }

    @Test
    void last_years_report_goes_along() throws Exception {
        Path report = Path.of("fixtures/rules/table/X-CARRY-carried-in-not-carried-out.txt");
        Path last = Path.of("fixtures/rules/previous/linjiang-2022.txt");
        open();
        browser.findElement(By.id("file")).sendKeys(report.toAbsolutePath().toString());
        browser.findElement(By.id("previous")).sendKeys(last.toAbsolutePath().toString());
        assertEquals("linjiang-2022.txt", browser.findElement(By.id("previous-name")).getText());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("profile"))).selectByValue("inspection");
        browser.findElement(By.id("submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("grade")));
        List<String> rules = browser.findElements(By.cssSelector("#findings .rule")).stream().map(WebElement::getText).toList();
        assertTrue(rules.contains("X-CARRY"), rules.toString());
        // the page comes back with the profile still chosen
        assertEquals("inspection", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("profile")))
            .getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void a_picture_is_explained_not_checked(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("scan.txt");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        open();
        browser.findElement(By.id("file")).sendKeys(png.toString());
        browser.findElement(By.id("submit")).click();
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertEquals("未能检查：文件扩展名为 .txt，但内容是图片，没有可读取的文字；请提供带文字的 PDF、Word 或网页版本。", error.getText());
        assertTrue(browser.findElements(By.id("result")).isEmpty());
        screenshot("refused");
    }

    private static void open() {
        browser.get(base);
        assertEquals("年度报告发布前检查", browser.getTitle());
        assertEquals("尚未选择文件", browser.findElement(By.id("file-name")).getText());
    }

    /** Sends the form, waits for the result and compares it with the checker's own result for the file. */
    private static void submitAndCheck(Path file, String shot) throws Exception {
        CheckResult expected = new Checker(TestRules.book()).check(file, file.getFileName().toString());
        browser.findElement(By.id("submit")).click();
        WebElement grade = new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("grade")));
        assertEquals(expected.grade(), grade.getText());
        assertEquals(TextWriter.points(expected.score()), browser.findElement(By.id("score")).getText());
        assertEquals(Boolean.TRUE.equals(expected.dataCorrection()), !browser.findElements(By.id("data-correction")).isEmpty());

        List<String> shown = browser.findElements(By.cssSelector("#findings li .msg")).stream().map(WebElement::getText).toList();
        assertEquals(expected.findings().stream().map(Finding::message).toList(), shown);

        int highlighted = 0;
        for (Finding f : expected.findings()) {
            if (f.location() == null || f.location().table() == null || f.location().row() == null || f.location().column() == null) continue;
            String key = f.location().table() + "." + f.location().row() + "." + f.location().column();
            WebElement cell = browser.findElement(By.cssSelector("td[data-cell='" + key + "']"));
            assertTrue(cell.getAttribute("class").contains("fail"), key);
            assertTrue(cell.getAttribute("title").contains(f.ruleId()), key + " " + cell.getAttribute("title"));
            highlighted++;
        }
        assertTrue(highlighted > 0, "a sample with a failed cell was expected: " + file);

        String href = browser.findElement(By.id("download-json")).getAttribute("href");
        String prefix = "data:application/json;charset=utf-8;base64,";
        assertTrue(href.startsWith(prefix), href);
        JsonNode json = new ObjectMapper().readTree(Base64.getDecoder().decode(href.substring(prefix.length())));
        assertEquals(file.getFileName().toString(), json.get("results").get(0).get("file").asText());
        assertEquals(expected.findings().size(), json.get("results").get(0).get("findings").size());
        screenshot(shot);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The whole page: the window is made as tall as the page for the picture. */
    private static void screenshot(String name) throws Exception {
        Dimension was = browser.manage().window().getSize();
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(was.getWidth(), (int) Math.min(height + 100, 12_000)));
        js("window.scrollTo(0, 0);");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(was);
    }
}
