package org.idlibchronicle.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The built site opened from file:// in real Chromium: a reader can go from home to an event's sources. */
class SiteInBrowserIT {
    @TempDir
    Path tmp;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        Chromium.assumeAvailable();
        browser = Chromium.start(1280, 900);
    }

    @AfterEach
    void quit() {
        if (browser != null) browser.quit();
    }

    @Test
    void aReaderFollowsLinksFromHomeToAnAgreementAndAnEventsSources() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        browser.get(f.site().resolve("index.html").toUri().toString());
        assertEquals("Idlib Chronicle", browser.getTitle());

        browser.findElement(By.linkText("Sochi memorandum")).click();
        assertEquals("Sochi memorandum", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("provision-demilitarized-zone")).isDisplayed());

        browser.findElement(By.partialLinkText("HTS and Turkish officials")).click();
        assertTrue(browser.getCurrentUrl().endsWith("2018-10-02-hts-turkey-understanding-reported.html"));
        browser.findElement(By.cssSelector(".body sup.fnref a")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#fn-1"));
        assertTrue(browser.findElement(By.id("fn-1")).getText().contains("Idlib demilitarization (2018–2019)"));
        Chromium.screenshot(browser, Path.of(System.getProperty("project.root", ".")).resolve("target/screenshots"),
                "fixture-event");
    }
}
