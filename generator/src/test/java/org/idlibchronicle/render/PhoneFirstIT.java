package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.RealSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 30: on a phone (375 by 812 px) the content a reader came for starts within the first screen:
 * an event's text, a month's first event, the first search result. They started at 1,508, 1,755
 * and 760 px, after maps, place lists and filters.
 */
class PhoneFirstIT {
    @RegisterExtension
    static final Browser CHROMIUM = Browser.perClass(375, 812);
    private ChromeDriver browser;

    @BeforeEach
    void driver() {
        browser = CHROMIUM.driver();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "events/2020/2020-02-03-syrian-turkish-exchange-of-fire.html, article .body p",
            "chronology/2020-02.html, article.event-item",
            "search.html?q=saraqib, #search-results li"})
    void theContentStartsOnTheFirstScreen(String page, String content) throws Exception {
        browser.get(RealSite.url() + page);
        if (page.startsWith("search")) {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(content)).isEmpty());
        }
        Number top = (Number) browser.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().top"
                + " + window.scrollY", content);
        System.out.println("PHONE " + page + " " + content + " at " + top);
        assertTrue(top.doubleValue() < 812 - 80, page + ": " + content + " starts at " + top + " px, below the first screen");
    }

    /** Issue 30: at 375 px no table is wider than the screen (figures, an event's figures, provisions). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"figures.html", "provisions.html", "events/2020/2020-02-03-syrian-turkish-exchange-of-fire.html"})
    void noTableIsWiderThanThePhone(String page) throws Exception {
        browser.get(RealSite.url() + page);
        Object wide = browser.executeScript("const w = document.documentElement.clientWidth;"
                + "return [...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > w + 1)"
                + ".map(t => (t.caption ? t.caption.textContent : t.className) + ' ' + Math.round(t.getBoundingClientRect().width)).join('; ');");
        System.out.println("PHONE tables " + page + ": " + wide);
        assertTrue(String.valueOf(wide).isEmpty(), page + ": tables wider than 375 px: " + wide);
    }

    /** Issue 30: the overview map fits the phone's screen (it was 480 px in 343, scrolling sideways without a hint). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"index.html", "map.html"})
    void theMapFitsThePhone(String page) throws Exception {
        browser.get(RealSite.url() + page);
        Object right = browser.executeScript("return document.querySelector('.map-overview svg').getBoundingClientRect().right"
                + " - document.documentElement.clientWidth");
        assertTrue(((Number) right).doubleValue() <= 1, page + ": the map runs " + right + " px past the screen");
    }
}
