package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Review #19: a site built without its address ({@code url:} unset) and published under a path
 * ({@code /chronicle/}), its 404 page served at a deep missing address: in a real browser the page
 * is styled and every link, its form and its icon lead to the site's own files.
 */
class NotFoundPageIT {
    @RegisterExtension
    static final Browser CHROMIUM = Browser.perTest(375, 812);
    @TempDir
    Path tmp;

    @Test
    void withoutAnAddressThe404PageAtANestedMissingAddressFindsTheRootAndIsStyled() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        HttpServer server = NotFoundPageTest.serve(f.site());
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/chronicle/";
            ChromeDriver browser = CHROMIUM.driver();
            browser.get(base + "events/2031/no/such/page.html");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                    "/chronicle/".equals(browser.executeScript("return document.documentElement.getAttribute('data-root')")));
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                    + "'a[href], link[href]')).filter(e => !e.getAttribute('href').startsWith('#')).map(e => e.href)"
                    + ".concat(Array.from(document.forms).map(f => f.action))");
            assertTrue(targets.size() > 8, targets.toString());
            HttpClient http = HttpClient.newHttpClient();
            for (String target : targets) {
                assertTrue(target.startsWith(base), target);
                int status = http.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                assertEquals(200, status, target);
            }
            // The site's stylesheet is loaded: its rules are there to read.
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) browser.executeScript(
                    "return Array.from(document.styleSheets).filter(s => s.href && /site\\.[0-9a-f]{8}\\.css$/.test(s.href))"
                            + ".reduce((n, s) => n + s.cssRules.length, 0)")).intValue() > 50);
            Object background = browser.executeScript("return getComputedStyle(document.querySelector('.masthead')).backgroundColor");
            assertEquals("rgb(232, 241, 247)", background, "styled from the first paint: the masthead's colour");
            Chromium.screenshot(browser, f.root().getParent().resolve("shots"), "404-nested");
            Chromium.screenshot(browser, Path.of(System.getProperty("java.io.tmpdir")), "404-nested-no-url");
        } finally {
            server.stop(0);
        }
    }
}
