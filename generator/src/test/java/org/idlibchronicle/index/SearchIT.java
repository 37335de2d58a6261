package org.idlibchronicle.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.RealSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search on the real content in real Chromium: queries a reader types (other spellings,
 * acronyms, typos, prefixes, phrases, filters) find the page they mean; the search box is an
 * accessible combobox; search works from file://.
 */
class SearchIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.perClass(1280, 900);

    /** query, page expected, within the first n results. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // transliterations
                Arguments.of("Maarat al-Numan", "places/maarat-al-numan.html", 1),
                Arguments.of("Ma'arrat al-Nu'man", "places/maarat-al-numan.html", 1),
                Arguments.of("Maarrat al-Numan", "places/maarat-al-numan.html", 1),
                Arguments.of("MAʿARRAT AN-NUʿMAN", "places/maarat-al-numan.html", 1),
                Arguments.of("Hei`at Tahrir al-Sham", "actors/hts.html", 1),
                Arguments.of("Hayat Tahrir al-Sham", "actors/hts.html", 1),
                Arguments.of("Khan Sheikhoun", "places/khan-shaykhun.html", 1),
                Arguments.of("Jisr ash-Shughur", "places/jisr-al-shughur.html", 1),
                Arguments.of("Kafranbel", "places/kafr-nabl.html", 1),
                Arguments.of("Saraqeb", "places/saraqib.html", 1),
                Arguments.of("Idleb", "places/idlib-city.html", 1),
                // acronyms and other names
                Arguments.of("HTS", "actors/hts.html", 1),
                Arguments.of("SOHR", "actors/sohr.html", 1),
                Arguments.of("SNA", "actors/sna.html", 1),
                Arguments.of("UNOCHA", "actors/un-ocha.html", 1),
                Arguments.of("Syrian Observatory", "actors/sohr.html", 1),
                Arguments.of("Jabhat al-Nusra", "actors/hts.html", 1),
                Arguments.of("Moscow ceasefire", "agreements/moscow-protocol-2020.html", 1),
                Arguments.of("M4", "places/m4-highway.html", 1),
                // diacritics, either way
                Arguments.of("Erdogan", "actors/erdogan.html", 1),
                Arguments.of("Erdoğan", "actors/erdogan.html", 1),
                Arguments.of("Çavuşoğlu", "actors/mevlut-cavusoglu.html", 1),
                Arguments.of("mevlut cavusoglu", "actors/mevlut-cavusoglu.html", 1),
                Arguments.of("Turkiye", "actors/turkey.html", 1),
                // one-letter typos (5+ letters) and two-letter typos (9+ letters)
                Arguments.of("Saraqb", "places/saraqib.html", 3),
                Arguments.of("Erdgoan", "actors/erdogan.html", 3),
                Arguments.of("Taftanas", "places/taftanaz-airbase.html", 3),
                Arguments.of("Stoltenbreg", "actors/jens-stoltenberg.html", 3),
                Arguments.of("Stoltinbirg", "actors/jens-stoltenberg.html", 3),
                Arguments.of("Reconcilation Center", "actors/russian-reconciliation-center.html", 3),
                // prefixes of the word being typed
                Arguments.of("Sochi memo", "agreements/sochi-memorandum-2018.html", 1),
                Arguments.of("Jisr al-Shu", "places/jisr-al-shughur.html", 1),
                Arguments.of("Stolten", "actors/jens-stoltenberg.html", 1),
                Arguments.of("Taftan", "places/taftanaz-airbase.html", 3),
                // titles and phrases
                Arguments.of("Government forces capture Ma'arrat al-Nu'man",
                        "events/2020/2020-01-28-government-forces-capture-maarat-al-numan.html", 1),
                Arguments.of("\"Moscow protocol\"", "agreements/moscow-protocol-2020.html", 3),
                Arguments.of("Saraqib siege", "events/2020/2020-02-07-saraqib-captured.html", 3),
                Arguments.of("turkish soldiers killed saraqib", "events/2020/2020-02-07-saraqib-captured.html", 3),
                // topics, by their titles and by their other names
                Arguments.of("Drone warfare", "topics/drones.html", 1),
                Arguments.of("IDPs", "topics/displacement.html", 3));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void aQueryFindsThePageItMeans(String query, String page, int within) throws Exception {
        List<String> results = searchPage(RealSite.url(), query, "");
        int at = rank(results, page);
        assertTrue(at >= 1 && at <= within, query + ": " + page + " at " + at + " in " + results.subList(0, Math.min(5, results.size())));
    }

    @Test
    void aQuotedPhraseOnlyFindsPagesWithTheWordsInThatOrder() throws Exception {
        List<String> loose = searchPage(RealSite.url(), "post observation", "");
        List<String> phrase = searchPage(RealSite.url(), "\"observation post\"", "");
        assertFalse(phrase.isEmpty());
        assertTrue(loose.containsAll(phrase.subList(0, Math.min(10, phrase.size()))));
        // Each hit's text holds the phrase: check the pages themselves.
        for (String url : phrase.subList(0, Math.min(5, phrase.size()))) {
            BROWSER.driver().get(url);
            String text = BROWSER.driver().findElement(By.tagName("main")).getText().toLowerCase(java.util.Locale.ROOT)
                    .replace("observation-post", "observation post");
            assertTrue(text.contains("observation post"), url);
        }
    }

    @Test
    void filtersByTypeAndYear() throws Exception {
        List<String> all = searchPage(RealSite.url(), "Saraqib", "");
        assertEquals("places/saraqib.html", strip(all.get(0)));
        List<String> events2020 = searchPage(RealSite.url(), "Saraqib", "&type=event&year=2020");
        assertTrue(events2020.size() >= 5);
        events2020.forEach(u -> assertTrue(strip(u).startsWith("events/2020/"), u));
        List<String> places = searchPage(RealSite.url(), "Saraqib", "&type=place");
        places.forEach(u -> assertTrue(strip(u).startsWith("places/"), u));
        assertEquals("place", BROWSER.driver().findElement(By.id("search-type")).getAttribute("value"));
        List<String> topics = searchPage(RealSite.url(), "Saraqib", "&type=topic");
        assertEquals("topics/battle-of-saraqib.html", strip(topics.get(0)));
        topics.forEach(u -> assertTrue(strip(u).startsWith("topics/"), u));
    }

    @Test
    void theSearchBoxIsAComboboxDrivenByTheKeyboard() throws Exception {
        BROWSER.driver().get(RealSite.url() + "agreements/sochi-memorandum-2018.html");
        WebElement body = BROWSER.driver().findElement(By.tagName("body"));
        body.sendKeys("/");
        WebElement box = BROWSER.driver().switchTo().activeElement();
        assertEquals("site-search-q", box.getAttribute("id"));
        assertEquals("combobox", box.getAttribute("role"));
        WebElement list = BROWSER.driver().findElement(By.id(box.getAttribute("aria-controls")));
        assertEquals("listbox", list.getAttribute("role"));

        box.sendKeys("erdog");
        waitFor(() -> "erdog".equals(list.getAttribute("data-query")));
        assertEquals("true", box.getAttribute("aria-expanded"));
        List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
        assertTrue(options.size() >= 2);
        assertTrue(options.get(0).findElement(By.tagName("a")).getAttribute("href").endsWith("actors/erdogan.html"));
        assertTrue(options.get(0).findElement(By.tagName("mark")).getText().startsWith("Erdo"));
        // The type label comes from the kind registry, through boot.js.
        assertEquals("Actor", options.get(0).findElement(By.className("search-hit-meta")).getText());

        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals(options.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        assertEquals("true", options.get(0).getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_UP);
        assertEquals(options.get(0).getAttribute("id"), box.getAttribute("aria-activedescendant"));
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertFalse(list.isDisplayed());

        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("actors/erdogan.html"));
    }

    @Test
    void enterWithoutAChoiceOpensTheLinkableSearchPage() throws Exception {
        BROWSER.driver().get(RealSite.url() + "index.html");
        WebElement box = BROWSER.driver().findElement(By.id("site-search-q"));
        box.sendKeys("Sochi memorandum", Keys.ENTER);
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("search.html?q=Sochi"));
        WebElement results = BROWSER.driver().findElement(By.id("search-results"));
        waitFor(() -> "Sochi memorandum".equals(results.getAttribute("data-query")));
        assertTrue(results.findElements(By.cssSelector("a")).get(0).getAttribute("href")
                .endsWith("agreements/sochi-memorandum-2018.html"));
    }

    @Test
    void resultsAreTextNotMarkup() throws Exception {
        // Titles and excerpts go in as text nodes: no element other than the ones search.js makes.
        searchPage(RealSite.url(), "Saraqib", "");
        Object foreign = BROWSER.driver().executeScript("return document.querySelectorAll("
                + "'#search-results a *:not(span):not(mark)').length");
        assertEquals(0L, foreign);
    }

    @Test
    void searchWorksFromFileUrls() throws Exception {
        Path site = RealSite.site();
        String base = site.toUri().toString();
        List<String> results = searchPage(base, "Maarat al-Numan", "");
        assertTrue(results.get(0).startsWith("file:"), results.get(0));
        assertEquals("places/maarat-al-numan.html", strip(results.get(0)));
        BROWSER.driver().get(site.resolve("events").toUri() + "2020/2020-02-07-saraqib-captured.html");
        WebElement box = BROWSER.driver().findElement(By.id("site-search-q"));
        box.sendKeys("HTS");
        WebElement list = BROWSER.driver().findElement(By.id("site-search-list"));
        waitFor(() -> "HTS".equals(list.getAttribute("data-query")));
        assertTrue(list.findElement(By.cssSelector("a")).getAttribute("href").endsWith("actors/hts.html"));
        Chromium.screenshot(BROWSER.driver(), Path.of(System.getProperty("java.io.tmpdir"), "search-screenshots"), "search-box");
    }

    // ---------------------------------------------------------------------------------------------

    private static List<String> searchPage(String base, String query, String filters) {
        BROWSER.driver().get(base + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20") + filters);
        WebElement results = BROWSER.driver().findElement(By.id("search-results"));
        waitFor(() -> query.equals(results.getAttribute("data-query")));
        return results.findElements(By.cssSelector("li[role=option] > a")).stream().map(a -> a.getAttribute("href")).toList();
    }

    private static int rank(List<String> urls, String page) {
        for (int i = 0; i < urls.size(); i++) if (strip(urls.get(i)).equals(page)) return i + 1;
        return -1;
    }

    /** The page's path under the site root, from an absolute URL. */
    private static String strip(String url) {
        for (String top : List.of("events/", "agreements/", "actors/", "places/", "topics/", "sources.html", "search.html")) {
            int i = url.lastIndexOf("/" + top);
            if (i >= 0) return url.substring(i + 1);
        }
        return url;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
