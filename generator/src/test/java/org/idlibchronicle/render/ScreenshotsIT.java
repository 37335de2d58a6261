package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.RealSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The site built from the real content, in real Chromium at a phone's width and a desktop's:
 * full-page screenshots of home, a month, an event with attributed figures, an agreement, the
 * map and a place go
 * to {@code <build dir>/screenshots} for a person to look at, and the test fails where a reader
 * would stumble: a page wider than the screen, a skip link that stays hidden when focused.
 */
class ScreenshotsIT {
    private static final Path SHOTS = buildDir().resolve("screenshots");
    private ChromeDriver browser;

    /** The build folder this test was compiled into (target-<name>/test-classes → target-<name>). */
    private static Path buildDir() {
        try {
            return Path.of(ScreenshotsIT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startBrowser() {
        Chromium.assumeAvailable();
    }

    @AfterEach
    void quit() {
        if (browser != null) browser.quit();
    }

    /** An event page with a table of figures on which claimants disagree. */
    private static String eventWithContestedFigures() throws Exception {
        JsonNode events = new ObjectMapper().readTree(RealSite.site().resolve("data/events.json").toFile());
        for (JsonNode e : events) {
            Map<String, Set<String>> claimantsByTopic = new HashMap<>();
            for (JsonNode c : e.get("claims")) {
                claimantsByTopic.computeIfAbsent(c.get("topic").asText(), t -> new HashSet<>()).add(c.get("claimant").asText());
            }
            if (claimantsByTopic.values().stream().anyMatch(s -> s.size() >= 3)) return e.get("page").asText();
        }
        throw new AssertionError("the real content has no event with three claimants on one topic");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {375, 1280})
    void pagesFitTheScreenAndAreScreenshotted(int width) throws Exception {
        browser = Chromium.start(width, 900);
        List<String[]> pages = List.of(
                new String[] {"home", "index.html"},
                new String[] {"month", "chronology/2020-02.html"},
                new String[] {"event", eventWithContestedFigures()},
                new String[] {"agreement", "agreements/sochi-memorandum-2018.html"},
                new String[] {"figures", "figures.html"},
                new String[] {"map", "map.html"},
                new String[] {"place", "places/saraqib.html"});
        for (String[] p : pages) {
            browser.get(RealSite.site().resolve(p[1]).toUri().toString());
            long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            long innerWidth = (Long) browser.executeScript("return window.innerWidth;");
            assertTrue(scrollWidth <= innerWidth, p[1] + " is " + scrollWidth + " px wide in a " + innerWidth + " px window");
            fullPage(p[0] + "-" + width);
        }

        // Keyboard: the first Tab lands on the skip link, which then shows on screen.
        browser.get(RealSite.site().resolve("index.html").toUri().toString());
        browser.findElement(org.openqa.selenium.By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to content", focused.getText());
        assertTrue(focused.getRect().getX() >= 0 && focused.getRect().getY() >= 0, "the focused skip link is on screen");

        // Print: the page's text without navigation, on white.
        browser.get(RealSite.site().resolve(eventWithContestedFigures()).toUri().toString());
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertEquals("none", browser.executeScript(
                "return getComputedStyle(document.querySelector('.masthead nav')).display;"));
        assertEquals("rgb(255, 255, 255)", browser.executeScript("return getComputedStyle(document.body).backgroundColor;"));
        fullPage("event-print-" + width);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // Dark mode, as a reader whose system prefers it sees the home page.
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.get(RealSite.site().resolve("index.html").toUri().toString());
        String background = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor;");
        assertEquals("rgb(22, 24, 26)", background, "dark mode applies");
        fullPage("home-dark-" + width);
    }

    /** A screenshot of the whole page, not only the window, capped at 8000 px of height. */
    private void fullPage(String name) throws Exception {
        long height = Math.min(8000, (Long) browser.executeScript("return document.documentElement.scrollHeight;"));
        long width = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
