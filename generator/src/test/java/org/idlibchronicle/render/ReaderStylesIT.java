package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.RealSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 30, small things a reader notices, measured in Chromium on the real site's longest event:
 * note numbers leave the line height alone, citations are upright, and on paper the page keeps the
 * record and how to cite it but not the back-links, closed reference formats, commit list, edit
 * links or related events (one event printed on 5 A4 pages; the longest now prints on 5 where it
 * took 6, a short one on 2 where it took 3).
 */
class ReaderStylesIT {
    private static final String EVENT = "events/2020/2020-02-03-syrian-turkish-exchange-of-fire.html";
    /** A fresh browser per test: one emulates print, which must not reach the next. */
    @RegisterExtension
    final Browser chromium = Browser.perTest(1280, 900);
    private ChromeDriver browser;

    @BeforeEach
    void driver() {
        browser = chromium.driver();
    }

    private Object js(String script) {
        return browser.executeScript(script);
    }

    @Test
    void noteNumbersKeepTheLineAndCitationsAreUpright() throws Exception {
        browser.get(RealSite.url() + EVENT);
        assertEquals("0px", js("return getComputedStyle(document.querySelector('sup.fnref')).lineHeight"));
        assertEquals("normal", js("return getComputedStyle(document.querySelector('cite.citation')).fontStyle"));
    }

    @Test
    void aDisplacementFiguresDateStaysOnOneLine() throws Exception {
        browser.get(RealSite.url() + "figures.html");
        // An inline element has one box per line it runs over.
        Object tallest = js("return Math.max(...[...document.querySelectorAll('table.points td[data-label=Date] time')]"
                + ".map(t => t.getClientRects().length))");
        org.junit.jupiter.api.Assertions.assertTrue(((Number) tallest).intValue() == 1, "lines in the tallest date cell: " + tallest);
    }

    @Test
    void onPaperTheRecordStaysAndTheNavigationGoes() throws Exception {
        browser.get(RealSite.url() + EVENT);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        String display = "const d = s => { const e = document.querySelector(s); return e ? getComputedStyle(e).display : 'absent'; };";
        for (String gone : List.of(".backref", ".provenance .cite-format", ".provenance .history", ".related")) {
            assertEquals("none", js(display + "return d('" + gone + "')"), gone + " is not printed");
        }
        for (String kept : List.of(".notes", ".provenance .cite-sentence", "main h1")) {
            assertEquals(true, js(display + "return d('" + kept + "') !== 'none' && d('" + kept + "') !== 'absent'"),
                    kept + " is printed");
        }
    }
}
