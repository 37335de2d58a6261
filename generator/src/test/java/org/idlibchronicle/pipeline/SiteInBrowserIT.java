package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The built site opened from file:// in real Chromium: a reader can go from home to an event's sources. */
class SiteInBrowserIT {
    @TempDir
    Path tmp;

    @RegisterExtension
    static final Browser BROWSER = Browser.perTest(1280, 900);

    @Test
    void aReaderFollowsLinksFromHomeToAnAgreementAndAnEventsSources() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        BROWSER.driver().get(f.site().resolve("index.html").toUri().toString());
        assertEquals("Idlib Chronicle", BROWSER.driver().getTitle());

        BROWSER.driver().findElement(By.linkText("Sochi memorandum")).click();
        assertEquals("Sochi memorandum", BROWSER.driver().findElement(By.tagName("h1")).getText());
        assertTrue(BROWSER.driver().findElement(By.id("provision-demilitarized-zone")).isDisplayed());

        BROWSER.driver().findElement(By.partialLinkText("HTS and Turkish officials")).click();
        assertTrue(BROWSER.driver().getCurrentUrl().endsWith("2018-10-02-hts-turkey-understanding-reported.html"));
        BROWSER.driver().findElement(By.cssSelector(".body sup.fnref a")).click();
        assertTrue(BROWSER.driver().getCurrentUrl().endsWith("#fn-1"));
        assertTrue(BROWSER.driver().findElement(By.id("fn-1")).getText().contains("Idlib demilitarization (2018–2019)"));
        Chromium.screenshot(BROWSER.driver(), Path.of(System.getProperty("project.root", ".")).resolve("target/screenshots"),
                "fixture-event");
    }
}
