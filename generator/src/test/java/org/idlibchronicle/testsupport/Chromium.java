package org.idlibchronicle.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its matching chromedriver, for real-browser tests. Nothing is ever
 * downloaded. When the browser is missing the tests are skipped, unless
 * {@code -Dbrowser.required=true} (set by .ci/run) makes that a failure.
 */
public final class Chromium {
    public static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Chromium() {}

    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** Call from {@code @BeforeEach}: skips (or fails, when required) without a browser. */
    public static void assumeAvailable() {
        if (available()) return;
        String why = "Chromium not found at " + BROWSER + " / " + DRIVER + " (apt-get install chromium chromium-driver)";
        if (Boolean.getBoolean("browser.required")) fail(why);
        Assumptions.assumeTrue(false, why);
    }

    /** A headless browser with a window of the given size; the caller quits it. */
    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves a screenshot of the current page for a person to look at. */
    public static Path screenshot(ChromeDriver driver, Path dir, String name) throws java.io.IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        return png;
    }
}
