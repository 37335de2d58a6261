package org.idlibchronicle.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.RealSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search UI as a keyboard and screen-reader user meets it: the masthead box follows the ARIA
 * 1.2 combobox pattern, Escape only closes its suggestions, search.html has one search box whose
 * results are links in the Tab order, and the results area does not move what is below it.
 */
class SearchUiIT {
    @RegisterExtension
    static final Browser BROWSER = Browser.perClass(1280, 900);

    @Test
    void escapeClosesTheSuggestionsAndKeepsTheWords() throws Exception {
        BROWSER.driver().get(RealSite.url() + "index.html");
        WebElement box = BROWSER.driver().findElement(By.id("site-search-q"));
        assertEquals("text", box.getAttribute("type"));
        box.sendKeys("saraqib");
        WebElement list = BROWSER.driver().findElement(By.id("site-search-list"));
        waitFor(() -> "saraqib".equals(list.getAttribute("data-query")));
        assertTrue(list.isDisplayed());
        assertEquals(0, list.findElements(By.cssSelector("[role=option] a, [role=option] button")).size(),
                "an option holds nothing interactive");
        box.sendKeys(Keys.ESCAPE);
        assertEquals("false", box.getAttribute("aria-expanded"));
        assertEquals("saraqib", box.getAttribute("value"));
        box.sendKeys(Keys.ESCAPE);
        assertEquals("saraqib", box.getAttribute("value"), "a second Escape does not clear the box either");
    }

    @Test
    void theSearchPageHasOneBoxAndItsResultsAreReachedWithTab() throws Exception {
        BROWSER.driver().get(RealSite.url() + "search.html?q=Saraqib");
        assertEquals(1, BROWSER.driver().findElements(By.cssSelector("input[name=q]")).size());
        assertEquals(1, BROWSER.driver().findElements(By.cssSelector("[role=search]")).size());
        WebElement results = BROWSER.driver().findElement(By.id("search-results"));
        waitFor(() -> "Saraqib".equals(results.getAttribute("data-query")));
        List<WebElement> links = results.findElements(By.cssSelector("li > a"));
        assertTrue(links.size() > 3);

        List<WebElement> filters = BROWSER.driver().findElements(By.cssSelector("#search-page-form select"));
        filters.get(filters.size() - 1).sendKeys(Keys.TAB);
        WebElement focused = BROWSER.driver().switchTo().activeElement();
        assertEquals(links.get(0).getAttribute("href"), focused.getAttribute("href"), "Tab from the filters reaches the first result");
        focused.sendKeys(Keys.TAB);
        assertEquals(links.get(1).getAttribute("href"), BROWSER.driver().switchTo().activeElement().getAttribute("href"));
    }

    @Test
    void resultsArrivingShiftNoLayout() throws Exception {
        // A linked search: the results arrive after the page is drawn, as they do for a reader.
        BROWSER.driver().get(RealSite.url() + "search.html?q=Sochi");
        WebElement results = BROWSER.driver().findElement(By.id("search-results"));
        waitFor(() -> "Sochi".equals(results.getAttribute("data-query")));
        // The browser's own layout-shift entries (what Lighthouse adds up as CLS), buffered since load.
        Object shift = BROWSER.driver().executeAsyncScript("var done = arguments[0], total = 0;"
                + "new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) {"
                + "  if (!e.hadRecentInput) total += e.value; }); }).observe({type: 'layout-shift', buffered: true});"
                + "setTimeout(function () { done(total); }, 300);");
        assertTrue(((Number) shift).doubleValue() < 0.01, "cumulative layout shift " + shift);
    }

    /** Issue 30: Tab out of the header box closes its suggestions (they covered the link Tab reached). */
    @Test
    void tabAwayClosesTheSuggestions() throws Exception {
        BROWSER.driver().get(RealSite.url() + "index.html");
        WebElement box = BROWSER.driver().findElement(By.id("site-search-q"));
        box.sendKeys("saraqib");
        WebElement list = BROWSER.driver().findElement(By.id("site-search-list"));
        waitFor(() -> "saraqib".equals(list.getAttribute("data-query")) && list.isDisplayed());
        box.sendKeys(Keys.TAB);
        WebElement focused = BROWSER.driver().switchTo().activeElement();
        assertTrue(!"site-search-list".equals(focused.getAttribute("id")), "the list is no Tab stop");
        waitFor(() -> !list.isDisplayed());
        assertEquals("false", box.getAttribute("aria-expanded"));
    }

    /** Issue 30: a page link of the results lands on the results, not on the top of the page. */
    @Test
    void aPageOfResultsOpensWithTheResultsFocused() throws Exception {
        BROWSER.driver().get(RealSite.url() + "search.html?q=Saraqib&page=2");
        WebElement results = BROWSER.driver().findElement(By.id("search-results"));
        waitFor(() -> "Saraqib".equals(results.getAttribute("data-query")));
        waitFor(() -> "search-results".equals(BROWSER.driver().switchTo().activeElement().getAttribute("id")));
        BROWSER.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals(results.findElements(By.cssSelector("li > a")).get(0).getAttribute("href"),
                BROWSER.driver().switchTo().activeElement().getAttribute("href"), "the next Tab is the page's first result");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
