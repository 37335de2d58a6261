package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.testsupport.Browser;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In real Chromium: an open page reloads itself after an edit, and shows content errors over the page. */
class LiveReloadIT {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
    private static final String PAGE = "events/2018/2018-09-17-sochi-memorandum-agreed.html";
    private static final String OTHER_EVENT = "content/events/2019/2019-02-16-shelling-maarat-al-numan.md";
    private static final String OTHER_PAGE = "events/2019/2019-02-16-shelling-maarat-al-numan.html";

    @TempDir
    Path tmp;

    @RegisterExtension
    static final Browser BROWSER = Browser.perTest(1280, 900);

    @Test
    void theOpenPageFollowsEditsAndShowsErrors() throws Exception {
        Fixture f = Fixture.in(tmp);
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            BROWSER.driver().get(base + PAGE);
            WebDriverWait wait = new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20));
            // The page reloads itself after each edit: an <h1> found just before a reload is gone
            // by the time its text is read, which only means "look again".
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Putin and Erdogan"));
            // An edit made before the page listens would be rebuilt without telling it.
            wait.until(d -> server.reloadClients() > 0);

            f.write(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                    "title: Edited while the page was open"));
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Edited while the page was open"));

            f.write(EVENT, f.read(EVENT).replace("places: [sochi,", "places: [sochii,"));
            wait.until(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
            String overlay = BROWSER.driver().findElement(By.cssSelector("[role=alert]")).getText();
            assertTrue(overlay.contains("unknown place 'sochii'"), overlay);
            assertTrue(BROWSER.driver().findElement(By.tagName("h1")).getText().equals("Edited while the page was open"));

            f.write(EVENT, f.read(EVENT).replace("places: [sochii,", "places: [sochi,"));
            wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).isEmpty());
        }
    }

    @Test
    void aPageOpenUnderTheSitesPublishedPathStaysPutThenFollowsItsEdit() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("site.yaml", f.read("site.yaml") + "\nurl: https://example.org/chronicle/\n");
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            BROWSER.driver().get(base + "chronicle/" + PAGE);
            WebDriverWait wait = new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Putin and Erdogan"));
            wait.until(d -> server.reloadClients() > 0);
            // The page stays as it is while nothing of it changes: before, it named itself by its
            // address, which the server took for a missing page, and reloaded over and over.
            ((org.openqa.selenium.JavascriptExecutor) BROWSER.driver()).executeScript("window.notReloaded = true");
            f.write(OTHER_EVENT, f.read(OTHER_EVENT) + "\nA sentence added.\n");
            wait.until(d -> server.lastResult().changed().contains(OTHER_PAGE));
            Thread.sleep(1000); // time for reloads that should not happen
            assertTrue(Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) BROWSER.driver())
                    .executeScript("return window.notReloaded === true")), "the page did not reload");

            f.write(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                    "title: Edited under the published path"));
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Edited under the published path"));
            assertTrue(BROWSER.driver().getCurrentUrl().endsWith("/chronicle/" + PAGE), BROWSER.driver().getCurrentUrl());
        }
    }

    @Test
    void aPageOpenWhileTheServerRestartedCatchesUpWithEditsMadeMeanwhile() throws Exception {
        Fixture f = Fixture.in(tmp);
        int port;
        DevServer first = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()));
        try {
            String base = first.start(0);
            port = java.net.URI.create(base).getPort();
            BROWSER.driver().get(base + PAGE);
            new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(20)).until(d -> first.reloadClients() > 0);
        } finally {
            first.close();
        }
        // Stopped, edited, started again on the same port: no rebuild was ever announced to the page.
        f.write(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                "title: Edited while the server was stopped"));
        try (DevServer second = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            second.start(port);
            WebDriverWait wait = new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(30));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            // The page's event stream reconnects by itself, says what the page was served, and is told to reload.
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Edited while the server was stopped"));
        }
    }
}
