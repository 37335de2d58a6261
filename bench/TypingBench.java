import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What typing a query costs against pasting it (issue 29: at most 1.3 times, in bytes and requests),
 * in the header box of a page of a built site, in Chromium over http. Each query is pasted once and
 * typed at several paces (milliseconds between keys; 0 is the driver's own burst), each on a fresh
 * page whose engine has started (boot.js is not counted). Counted: the index files the engine
 * added to the page (one script element each), and the date reader (search-dates.js) when a query
 * loads it, their bytes as served and gzipped.
 *
 * usage: java -cp CLASSPATH bench/TypingBench.java SITE_DIR [PACES]    (PACES default 0,80,150,250,350)
 * CLASSPATH as bench/search-bench.sh makes it (the generator's classes and test classes, and the test
 * dependencies). Prints a Markdown table.
 */
public class TypingBench {
    static final List<String> QUERIES = List.of("Saraqib", "Sochi memorandum", "displaced February 2020",
            "Jisr al-Shughur", "5 March 2020", "turkish soldiers killed");

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        List<Integer> paces = new ArrayList<>();
        for (String p : (args.length > 1 ? args[1] : "0,80,150,250,350").split(",")) paces.add(Integer.parseInt(p.trim()));
        try (StaticServer server = new StaticServer(site)) {
            ChromeDriver browser = Chromium.start(1280, 900);
            try {
                System.out.println("| query | pasted: files, bytes (gzip) | " + String.join(" | ",
                        paces.stream().map(p -> "typed " + (p == 0 ? "in a burst" : "every " + p + " ms") + ": files, bytes (gzip), × pasted").toList()) + " |");
                System.out.println("|---|---|" + "---|".repeat(paces.size()));
                for (String q : QUERIES) {
                    long[] pasted = cost(browser, server, site, q, -1);
                    StringBuilder row = new StringBuilder("| " + q + " | " + pasted[0] + ", " + pasted[1] + " (" + pasted[2] + ") |");
                    for (int pace : paces) {
                        long[] typed = cost(browser, server, site, q, pace);
                        row.append(String.format(" %d, %d (%d), %.2f× files %.2f× bytes |", typed[0], typed[1], typed[2],
                                (double) typed[0] / pasted[0], (double) typed[1] / pasted[1]));
                    }
                    System.out.println(row);
                }
            } finally {
                browser.quit();
            }
        }
    }

    /** {files, bytes, gzipped bytes} of one query: pasted (pace < 0) or typed a key every pace ms. */
    static long[] cost(ChromeDriver b, StaticServer server, Path site, String q, int pace) throws IOException {
        b.get(server.url() + "places/saraqib.html");
        WebElement box = b.findElement(By.id("site-search-q"));
        box.click();
        b.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        b.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " (function wait() { if (window.siteSearch) siteSearch.load().then(function () { done(); }); else setTimeout(wait, 20); })();");
        List<String> before = scripts(b, server);
        if (pace < 0) {
            b.executeScript("var q = document.getElementById('site-search-q'); q.value = arguments[0];"
                    + " q.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));", q);
        } else if (pace == 0) {
            box.sendKeys(q);
        } else {
            Actions keys = new Actions(b);
            for (char c : q.toCharArray()) keys.sendKeys(String.valueOf(c)).pause(Duration.ofMillis(pace));
            keys.perform();
        }
        WebElement list = b.findElement(By.id("site-search-list"));
        new WebDriverWait(b, Duration.ofSeconds(20)).until(d -> q.equals(list.getAttribute("data-query")));
        List<String> files = new ArrayList<>(scripts(b, server));
        files.removeAll(before);
        long bytes = 0, gz = 0;
        for (String f : files) {
            byte[] data = Files.readAllBytes(site.resolve(f));
            bytes += data.length;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                z.write(data);
            }
            gz += out.size();
        }
        return new long[] {files.size(), bytes, gz};
    }

    @SuppressWarnings("unchecked")
    static List<String> scripts(ChromeDriver b, StaticServer server) {
        List<String> srcs = (List<String>) b.executeScript("return Array.from(document.head.querySelectorAll('script[src]'), function (s) { return s.src; });");
        return srcs.stream().map(u -> u.substring(server.url().length())).filter(p -> p.startsWith("search/")
                // The date reader, which search.js loads with the first query that has a year (issue 29).
                || p.startsWith("assets/js/search-dates")).toList();
    }
}
