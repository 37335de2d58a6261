package org.idlibchronicle.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A real Chromium for a test class, as a JUnit extension: {@code @RegisterExtension static final
 * Browser BROWSER = Browser.perClass(1280, 900);}. Each test is skipped without a browser (a
 * failure with {@code -Dbrowser.required=true}); the skip is decided per test so that Surefire
 * reports it (an assumption failing in a class-level callback hides the class).
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final int width;
    private final int height;
    private final boolean perTest;
    private ChromeDriver driver;

    private Browser(int width, int height, boolean perTest) {
        this.width = width;
        this.height = height;
        this.perTest = perTest;
    }

    /** One browser shared by the tests of the class. */
    public static Browser perClass(int width, int height) {
        return new Browser(width, height, false);
    }

    /** A fresh browser for every test. */
    public static Browser perTest(int width, int height) {
        return new Browser(width, height, true);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest && Chromium.available()) driver = Chromium.start(width, height);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Chromium.assumeAvailable();
        if (perTest) driver = Chromium.start(width, height);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) quit();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        quit();
    }

    private void quit() {
        if (driver != null) driver.quit();
        driver = null;
    }
}
