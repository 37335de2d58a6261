package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.RealSite;
import org.idlibchronicle.testsupport.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What search loads, and when, on the real site over http in real Chromium: nothing of it until
 * the reader first uses a page's box; then the engine, and per query the few index files it needs;
 * typing a query costs little more than pasting it.
 */
class SearchLoadingIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.perClass(1280, 900);

    private static final String SEARCH_JS = "assets/js/search\\.[0-9a-f]{8}\\.js";

    @Test
    void aFirstOneWordQueryLoadsTheBootFileAndOneShardOnly() throws Exception {
        // boot.js carries the analyzer too: a first query waits for one file before its shard.
        try (StaticServer server = new StaticServer(RealSite.site())) {
            BROWSER.driver().get(server.url() + "events/2020/2020-02-07-saraqib-captured.html");
            server.takeRequests();
            // The whole word at once, as a paste: typing it would also load the shards of its prefixes.
            BROWSER.driver().executeScript("var q = document.getElementById('site-search-q');"
                    + " q.value = 'Saraqib'; q.dispatchEvent(new Event('input', { bubbles: true }));");
            WebElement list = BROWSER.driver().findElement(By.id("site-search-list"));
            waitFor(() -> "Saraqib".equals(list.getAttribute("data-query")));
            // Scripts and index files only: the browser asks for the favicon when it likes.
            List<String> loaded = server.takeRequests().stream().filter(p -> p.endsWith(".js")).toList();
            assertEquals(3, loaded.size(), loaded.toString());
            assertTrue(loaded.get(0).matches(SEARCH_JS), loaded.toString());
            assertEquals("search/boot.js", loaded.get(1));
            assertTrue(loaded.get(2).matches("search/[0-9a-f]{10}/t/\\d+\\.js"), loaded.toString());
        }
    }

    /**
     * Issue 29 (the fourth round's sizes): the reading of dates (search-dates.js) and search.html's
     * own part (results, filters, pages: search-page.js) were a quarter of search.js, which every
     * page's first query loads. A query for a name loads neither, nor does a date in quotes (a
     * phrase); the first query with a year loads the date reader, and reads its date; a later one
     * does not load it again.
     */
    @Test
    void theDateReaderIsLoadedByTheFirstQueryWithAYearAndTheResultsPagePartOnlyBySearchHtml() throws Exception {
        try (StaticServer server = new StaticServer(RealSite.site())) {
            BROWSER.driver().get(server.url() + "events/2020/2020-02-07-saraqib-captured.html");
            WebElement list = BROWSER.driver().findElement(By.id("site-search-list"));
            List<String> all = new ArrayList<>();
            // A date in quotes is a phrase, not read as a date: it does not need the reader.
            for (String q : List.of("Saraqib", "\"5 March 2020\"", "5 March 2020", "March 2020")) {
                BROWSER.driver().executeScript("var q = document.getElementById('site-search-q');"
                        + " q.value = arguments[0]; q.dispatchEvent(new Event('input', { bubbles: true }));", q);
                waitFor(() -> q.equals(list.getAttribute("data-query")));
                List<String> loaded = server.takeRequests();
                all.addAll(loaded);
                boolean dates = loaded.stream().anyMatch(p -> p.matches("assets/js/search-dates\\.[0-9a-f]{8}\\.js"));
                assertEquals(q.equals("5 March 2020"), dates, q + ": " + loaded);
            }
            String first = list.findElement(By.cssSelector("li[data-href]")).getAttribute("data-href");
            assertTrue(first.endsWith("chronology/2020-03.html"), "March 2020 is read as a month: " + first);
            assertFalse(all.stream().anyMatch(p -> p.contains("search-page")), all.toString());
            BROWSER.driver().get(server.url() + "search.html?q=Saraqib");
            waitFor(() -> "Saraqib".equals(BROWSER.driver().findElement(By.id("search-results")).getAttribute("data-query")));
            List<String> page = server.takeRequests();
            assertTrue(page.stream().anyMatch(p -> p.matches("assets/js/search-page\\.[0-9a-f]{8}\\.js")), page.toString());
            assertFalse(page.stream().anyMatch(p -> p.contains("search-dates")), page.toString());
        }
    }

    /**
     * Review finding 20: a page other than search.html loads search.js only when its box is
     * first used: focused, typed into or reached with "/". Until then it has the loader only.
     */
    @Test
    void aPageLoadsTheSearchScriptOnlyWhenItsBoxIsFirstUsed() throws Exception {
        try (StaticServer server = new StaticServer(RealSite.site())) {
            BROWSER.driver().get(server.url() + "places/saraqib.html");
            List<String> page = server.takeRequests();
            assertTrue(page.stream().anyMatch(p -> p.matches("assets/js/search-loader\\.[0-9a-f]{8}\\.js")), page.toString());
            assertFalse(page.stream().anyMatch(p -> p.matches(SEARCH_JS) || p.startsWith("search/")), page.toString());
            // Reading the page, following nothing: still nothing of search.
            BROWSER.driver().findElement(By.tagName("h1")).click();
            assertFalse(server.takeRequests().stream().anyMatch(p -> p.matches(SEARCH_JS)));

            WebElement box = BROWSER.driver().findElement(By.id("site-search-q"));
            box.click();
            waitFor(() -> BROWSER.driver().executeScript("return window.siteSearch && window.siteSearch.box ? 1 : 0").equals(1L));
            assertTrue(server.takeRequests().stream().anyMatch(p -> p.matches(SEARCH_JS)), "focus loads search.js");
            box.sendKeys("erdog");
            WebElement list = BROWSER.driver().findElement(By.id("site-search-list"));
            waitFor(() -> "erdog".equals(list.getAttribute("data-query")));
            assertTrue(list.findElement(By.cssSelector("[role=option]")).getAttribute("data-href").endsWith("actors/erdogan.html"));

            // "/" on a fresh page loads it too.
            BROWSER.driver().get(server.url() + "places/saraqib.html");
            server.takeRequests();
            BROWSER.driver().findElement(By.tagName("body")).sendKeys("/");
            assertEquals("site-search-q", BROWSER.driver().switchTo().activeElement().getAttribute("id"));
            waitFor(() -> server.takeRequests().stream().anyMatch(p -> p.matches(SEARCH_JS)));
        }
    }

    /** What the reader types before search.js arrives stays in the box and is searched when it does. */
    @Test
    void wordsTypedBeforeTheSearchScriptArrivesAreSearched() throws Exception {
        try (StaticServer server = new StaticServer(RealSite.site())) {
            BROWSER.driver().get(server.url() + "places/saraqib.html");
            server.hold(SEARCH_JS);
            WebElement box = BROWSER.driver().findElement(By.id("site-search-q"));
            box.sendKeys("Saraq");
            waitFor(() -> server.takeRequests().stream().anyMatch(p -> p.matches(SEARCH_JS)));
            assertEquals(0L, BROWSER.driver().executeScript("return window.siteSearch ? 1 : 0"), "search.js is held back");
            box.sendKeys("ib");
            server.release();
            WebElement list = BROWSER.driver().findElement(By.id("site-search-list"));
            waitFor(() -> "Saraqib".equals(list.getAttribute("data-query")));
            assertEquals("Saraqib", box.getAttribute("value"));
            assertTrue(list.findElement(By.cssSelector("[role=option]")).getAttribute("data-href").endsWith("places/saraqib.html"));
            assertEquals("true", box.getAttribute("aria-expanded"));
        }
    }

    /**
     * Issue 29's target: typing a query costs at most 1.3 times pasting it, in files and bytes.
     * Typed a letter every 50 ms (faster than a fast typist) or every 300 ms (an ordinary typist),
     * the pause before searching, longer than the reader's time between keys, lets the query run
     * at the end of the typing, not for every letter (each letter's search loaded its own prefix
     * files; a fixed 200 ms pause still did at 300 ms a key). bench/TypingBench.java measures real
     * keys at more paces.
     */
    @ParameterizedTest(name = "{0}, a key every {1} ms")
    @org.junit.jupiter.params.provider.CsvSource({"Saraqib, 50", "Sochi memorandum, 50", "displaced February 2020, 50",
            "5 March 2020, 50", "Saraqib, 300", "Jisr al-Shughur, 300", "5 March 2020, 300"})
    void typingAQueryCostsAtMostAThirdMoreThanPastingIt(String query, int pace) throws Exception {
        try (StaticServer server = new StaticServer(RealSite.site())) {
            List<String> pasted = filesOfAQuery(server, query, -1);
            List<String> typed = filesOfAQuery(server, query, pace);
            long pastedBytes = bytes(pasted), typedBytes = bytes(typed);
            System.out.printf("typing cost: %s every %d ms: pasted %d files %d bytes, typed %d files %d bytes%n",
                    query, pace, pasted.size(), pastedBytes, typed.size(), typedBytes);
            assertTrue(typed.size() <= 1.3 * pasted.size(), "files: typed " + typed + ", pasted " + pasted);
            assertTrue(typedBytes <= 1.3 * pastedBytes, "bytes: typed " + typedBytes + ", pasted " + pastedBytes);
        }
    }

    /**
     * The index files (under search/) the header box of a page loads for query, typed a key every
     * pace ms or pasted (pace < 0), after the engine has started. The keys are the input events a
     * browser sends for typed letters, sent by the page's own timers: on the clock of the pause
     * itself, so that a slow moment of a loaded machine delays both alike (the driver's keys came
     * late now and then, and a late key lets the pause run a search).
     */
    private static List<String> filesOfAQuery(StaticServer server, String query, int pace) {
        BROWSER.driver().get(server.url() + "places/saraqib.html");
        WebElement box = BROWSER.driver().findElement(By.id("site-search-q"));
        box.click();
        BROWSER.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " (function wait() { if (window.siteSearch) siteSearch.load().then(function () { done(); }); else setTimeout(wait, 20); })();");
        List<String> before = scripts(server);
        if (pace >= 0) {
            BROWSER.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            BROWSER.driver().executeAsyncScript("var q = document.getElementById('site-search-q'), text = arguments[0],"
                    + " pace = arguments[1], done = arguments[2], i = 0;"
                    + " (function key() { var c = text.charAt(i++); q.value += c;"
                    + "   q.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: c, bubbles: true }));"
                    + "   if (i < text.length) setTimeout(key, pace); else done(); })();", query, pace);
        } else {
            BROWSER.driver().executeScript("var q = document.getElementById('site-search-q'); q.value = arguments[0];"
                    + " q.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));", query);
        }
        WebElement list = BROWSER.driver().findElement(By.id("site-search-list"));
        waitFor(() -> query.equals(list.getAttribute("data-query")));
        // Every file the engine asks for is a script element it adds to the page, at once.
        List<String> after = new ArrayList<>(scripts(server));
        after.removeAll(before);
        return after;
    }

    /** The index files of the page's script elements, as paths under the site's root. */
    private static List<String> scripts(StaticServer server) {
        @SuppressWarnings("unchecked")
        List<String> srcs = (List<String>) BROWSER.driver().executeScript("return Array.from(document.head.querySelectorAll"
                + "('script[src]'), function (s) { return s.src; });");
        return srcs.stream().map(u -> u.substring(server.url().length())).filter(p -> p.startsWith("search/")).toList();
    }

    private static long bytes(List<String> files) {
        long sum = 0;
        for (String f : files) {
            try {
                sum += Files.size(RealSite.site().resolve(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sum;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
