package org.idlibchronicle.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (Deque's accessibility rules engine) run inside the page open in a browser. The script
 * is the {@code axe.min.js} that Deque's {@code com.deque.html.axe-core:selenium} artifact ships,
 * read from the test classpath: nothing is loaded from the network.
 */
public final class Axe {
    private static final String SCRIPT = read();

    private Axe() {}

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js is not on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of axe-core that runs, for reports. */
    public static String version() {
        int at = SCRIPT.indexOf("axe v");
        return at < 0 ? "?" : SCRIPT.substring(at + 5, SCRIPT.indexOf('\n', at)).trim();
    }

    /**
     * The violations on the page now open, one line each: {@code rule (impact): selector — help}.
     * Every rule axe runs by default is on, and WCAG 2.2's target size too (Lighthouse checks it;
     * axe leaves it off by default).
     */
    public static List<String> violations(ChromeDriver driver) throws IOException {
        // generous: a 2-core machine shared by several builds runs axe on a long month page slowly
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.executeScript(SCRIPT);
        Object json = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })"
                + ".then(function (r) { done(JSON.stringify(r.violations)); }, function (e) { done('error: ' + e); });");
        String text = String.valueOf(json);
        if (text.startsWith("error: ")) throw new IllegalStateException("axe failed: " + text);
        List<String> out = new ArrayList<>();
        for (JsonNode v : new ObjectMapper().readTree(text)) {
            for (JsonNode node : v.get("nodes")) {
                out.add(v.get("id").asText() + " (" + v.get("impact").asText() + "): " + node.get("target")
                        + " — " + v.get("help").asText());
            }
        }
        return out;
    }
}
