package org.idlibchronicle.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.testsupport.Axe;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.RealSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core over one page of every kind of the real site, served over http, in light and dark mode
 * (the reader's system preference, emulated), on a phone's width and a desktop's. No axe rule is
 * turned off. A failure lists every violation of every page with the page, mode and width.
 */
class AccessibilityIT {
    /** One page of each kind; the search page with a query that has results. */
    private static final List<String> PAGES = List.of(
            "index.html",
            "events/2020/2020-02-07-saraqib-captured.html",
            "agreements/sochi-memorandum-2018.html",
            "actors/erdogan.html",
            "places/saraqib.html",
            "sources.html",
            "chronology/2020-02.html",
            "chronology/index.html",
            "figures.html",
            "provisions.html",
            "search.html?q=Saraqib",
            "about.html",
            "404.html");
    private ChromeDriver browser;

    @BeforeEach
    void needsBrowser() {
        Chromium.assumeAvailable();
    }

    @AfterEach
    void quit() {
        if (browser != null) browser.quit();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"375, light", "375, dark", "1280, light", "1280, dark"})
    void everyKindOfPageHasNoAxeViolation(int width, String scheme) throws Exception {
        browser = Chromium.start(width, 900);
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        String base = RealSite.url();
        List<String> found = new ArrayList<>();
        for (String page : PAGES) {
            browser.get(base + page);
            if (page.startsWith("search.html")) {
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-results"))
                        .getAttribute("data-query") != null);
            }
            for (String v : Axe.violations(browser)) found.add(page + " [" + scheme + ", " + width + " px]: " + v);
        }
        assertTrue(found.isEmpty(), found.size() + " axe " + Axe.version() + " violation(s):\n" + String.join("\n", found));
    }

    /**
     * Issue 30: in dark mode the search page's selects and date fields are dark like the page (they
     * stayed white), and the header's placeholder reads at 4.5:1 or better (it was 3.86:1).
     */
    @Test
    void formControlsFollowDarkMode() throws Exception {
        browser = Chromium.start(1280, 900);
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.get(RealSite.url() + "search.html?q=saraqib");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-results"))
                .getAttribute("data-query") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> colours = new java.util.HashMap<>((Map<String, Object>) browser.executeScript(
                "const bg = e => getComputedStyle(e).backgroundColor;"
                + "return {select: bg(document.querySelector('.search-page select')),"
                + " date: bg(document.querySelector('.search-page input[type=date]')), page: bg(document.body)};"));
        browser.get(RealSite.url() + "index.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> header = (Map<String, Object>) browser.executeScript(
                "const head = document.getElementById('site-search-q');"
                + "return {placeholder: getComputedStyle(head, '::placeholder').color,"
                + " field: getComputedStyle(head).backgroundColor};");
        colours.putAll(header);
        double page = luminance(String.valueOf(colours.get("page")));
        assertTrue(page < 0.05, "the page is dark: " + colours);
        for (String control : List.of("select", "date")) {
            assertTrue(luminance(String.valueOf(colours.get(control))) < 0.1, control + " is dark: " + colours);
        }
        double contrast = contrast(luminance(String.valueOf(colours.get("placeholder"))), luminance(String.valueOf(colours.get("field"))));
        assertTrue(contrast >= 4.5, "placeholder contrast " + contrast + ": " + colours);
    }

    /** WCAG relative luminance of a computed colour, rgb(...) or rgba(...). */
    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }
}
