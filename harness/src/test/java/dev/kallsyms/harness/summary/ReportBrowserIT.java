package dev.kallsyms.harness.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kallsyms.debian.host.HostTool;
import dev.kallsyms.debian.host.HostTools;
import dev.kallsyms.harness.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The report in a real browser: Debian's chromium, headless, driven through Debian's chromedriver by Selenium
 * (never a driver or browser Selenium would download). The results are made with the harness's own writers
 * (no kernel build): every cell of the grid shows with its verdict, a cell page opens from the grid, the
 * STAGE_INCONSISTENT cell's page shows its diagnosis, and nothing from data runs as script.
 */
class ReportBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path work;
    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        // a failure to get them is this test's failure, with apt-get's reason: never a skip
        HostTools.system().ensure("the report's browser test drives Debian's chromium",
                List.of(new HostTool("chromium", "chromium"), new HostTool("chromedriver", "chromium-driver")));
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing although apt-get installed chromium and chromium-driver");
            }
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(work.resolve("profile")));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theGridShowsEveryCellWithItsVerdictAndOpensTheInconsistentCellsDiagnosis() throws Exception {
        Path root = Files.createDirectories(work.resolve("matrix"));
        Map<String, Verdict> cells = RunFixture.matrix(root);
        RunReport.write(root);
        browser.get(root.resolve(RunReport.INDEX).toUri().toString());

        Map<String, String> shown = new TreeMap<>();
        for (WebElement a : browser.findElements(By.cssSelector("table.grid a.v"))) {
            assertTrue(a.isDisplayed(), a.getAttribute("data-cell"));
            assertEquals(null, shown.put(a.getAttribute("data-cell"), a.getText()), "each cell once");
        }
        Map<String, String> expected = new TreeMap<>();
        cells.forEach((id, v) -> expected.put(id, v.name()));
        assertEquals(expected, shown, "every cell in the grid, with its verdict as the browser renders it");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.reportXss"), "data ran as script");
        String mismatchRow = browser.findElement(By.xpath("//table[@class='grid']//tr[th='6.12 / gcc-14']"))
                .getText();
        assertTrue(mismatchRow.contains("GENERATOR_MISMATCH"), mismatchRow);

        String inconsistent = cells.entrySet().stream().filter(e -> e.getValue() == Verdict.STAGE_INCONSISTENT)
                .findFirst().orElseThrow().getKey();
        browser.findElement(By.cssSelector("table.grid a[data-cell='" + inconsistent + "']")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/cells/" + inconsistent + ".html"), browser.getCurrentUrl());
        assertEquals("STAGE_INCONSISTENT", browser.findElement(By.cssSelector("#verdict .v")).getText());
        WebElement diagnosis = browser.findElement(By.id("diagnosis"));
        assertTrue(diagnosis.isDisplayed());
        assertTrue(diagnosis.getText().contains("First link: EMPTY_SECTION"), diagnosis.getText());
        assertTrue(diagnosis.getText().contains("__per_cpu_end changed type D->T"), diagnosis.getText());
        assertTrue(browser.findElement(By.id("kernel-check")).getText().contains("INCONSISTENT"));
        WebElement bundle = browser.findElement(By.partialLinkText("bundle.tar.xz"));
        assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(bundle.getAttribute("href")))),
                "the bundle link leads to the bundle");

        browser.findElement(By.linkText("all cells")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/" + RunReport.INDEX), browser.getCurrentUrl());
    }

    @Test
    void aSweepsChartHasADotPerPointAndARepeatItsFailureRate() throws Exception {
        Path sweep = Files.createDirectories(work.resolve("sweep"));
        RunFixture.sweep(sweep, "sweep");
        RunReport.write(sweep);
        browser.get(sweep.resolve(RunReport.INDEX).toUri().toString());
        List<WebElement> dots = browser.findElements(By.cssSelector("#chart circle.point"));
        assertEquals(4, dots.size());
        assertEquals(List.of("PASS", "PASS", "PASS", "STAGE_INCONSISTENT"),
                dots.stream().map(d -> d.getAttribute("data-verdict")).toList());

        Path repeat = Files.createDirectories(work.resolve("repeat"));
        RunFixture.sweep(repeat, "repeat");
        RunReport.write(repeat);
        browser.get(repeat.resolve(RunReport.INDEX).toUri().toString());
        assertEquals("1 of 4 run(s) failed (25%)", browser.findElement(By.id("failure-rate")).getText());
    }
}
