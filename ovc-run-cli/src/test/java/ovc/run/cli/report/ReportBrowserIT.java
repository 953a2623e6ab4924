package ovc.run.cli.report;

import ovc.run.cli.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The report in a real browser: Debian's headless chromium driven through its chromedriver, the
 * pages opened from {@code file://} as a person opens a downloaded CI artifact. Fails, never skips,
 * when chromium is missing: {@code .ci/run} installs it. Screenshots go to target/report-browser/.
 */
class ReportBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "report-browser");

    @TempDir
    Path dir;

    private ChromeDriver browser;

    @BeforeEach
    void browser() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver").isExecutable();
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        // Given both paths, Selenium Manager is never asked to find or fetch a browser or driver.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1200, 900));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void filterThenOpenTheLatestRunThenFollowALogLineEvidence() throws IOException {
        ReportSite.write(dir.resolve("reports/runs"));
        assertThat(new ReportCli(dir).run("report").code()).isZero();

        browser.get(dir.resolve("reports/site/index.html").toUri().toString());
        assertThat(browser.getTitle()).isEqualTo("ovc-run report");
        screenshot("overview.png");

        WebElement filter = browser.findElement(By.id("filter"));
        assertThat(filter.isDisplayed()).isTrue();
        filter.sendKeys("c-eval");
        assertThat(shownRows("tr.pipeline")).containsExactly("C-Eval");
        assertThat(shownRows("tr.unfinished")).hasSize(1);
        filter.clear();
        filter.sendKeys("stale");
        assertThat(shownRows("tr.pipeline")).containsExactly("D-NotionSync", "D-ValidationRange", "P2-Backfill");
        screenshot("overview-filtered.png");
        filter.clear();
        filter.sendKeys("c-eval");

        browser.findElement(By.cssSelector("tr.pipeline[data-pipeline=C-Eval] a.latest")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/runs/" + ReportSite.C_EVAL + ".html");
        screenshot("run.png");

        browser.findElement(By.cssSelector("a.log-line")).click();
        assertThat(browser.getCurrentUrl()).endsWith(ReportSite.C_EVAL + ".html#L5");
        WebElement line = browser.findElement(By.cssSelector(":target"));
        assertThat(line.getAttribute("id")).isEqualTo("L5");
        assertThat(line.getText()).contains("option_c: no eligible sessions for 2026-01-19, wrote 0 rows");
        assertThat(line.isDisplayed()).isTrue();
        Object inView = ((JavascriptExecutor) browser).executeScript("var r=arguments[0].getBoundingClientRect();"
                + "return r.top>=0 && r.bottom<=window.innerHeight && r.height>0;", line);
        assertThat(inView).isEqualTo(true);
        assertThat(line.getCssValue("background-color")).isEqualTo("rgba(255, 248, 197, 1)");
        screenshot("run-log-line.png");

        browser.navigate().to(dir.resolve("reports/site/runs").resolve(ReportSite.HOSTILE + ".html").toUri().toString());
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(browser.findElement(By.id("L2")).getText()).isEqualTo(ReportSite.HOSTILE_LINE);

        assertThat(errors()).isEmpty();
    }

    /** The README's picture: the report over the contract's golden runs, as the README's command writes it. */
    @Test
    void goldenRunsOverview() throws IOException {
        Cli.copyGoldenRuns(dir.resolve("reports/runs"));
        assertThat(new ReportCli(dir).run("report", "--reports", "reports/runs", "--out", "site").code()).isZero();
        browser.get(dir.resolve("site/index.html").toUri().toString());
        assertThat(shownRows("tr.pipeline")).hasSize(5);
        screenshot("golden-overview.png");
        assertThat(errors()).isEmpty();
    }

    private List<String> shownRows(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed)
                .map(row -> row.getAttribute("data-pipeline") != null ? row.getAttribute("data-pipeline") : row.getText())
                .toList();
    }

    private List<String> errors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
