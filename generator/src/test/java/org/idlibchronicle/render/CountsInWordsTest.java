package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 30: a count of one is singular everywhere ("1 events" was on 116 pages, link previews included). */
class CountsInWordsTest {
    private static final Pattern ONE_PLURAL = Pattern.compile("\\b1 (events|agreements|actors|places|sources|topics)\\b");

    @TempDir
    Path tmp;

    @Test
    void noPageSaysOneInThePlural() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        List<String> found = new ArrayList<>();
        int singular = 0;
        try (var files = Files.walk(f.site())) {
            for (Path p : files.filter(q -> q.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                Matcher m = ONE_PLURAL.matcher(html);
                while (m.find()) found.add(f.site().relativize(p) + ": " + m.group());
                if (html.contains(">1 event<") || html.contains("1 event in ")) singular++;
            }
        }
        assertEquals(List.of(), found);
        assertTrue(singular > 0, "the fixture has months of one event, said in the singular");
    }

    @Test
    void theFilterCounts() {
        assertEquals("1 event", CountFilter.of(1, "event", "events"));
        assertEquals("0 events", CountFilter.of(0, "event", "events"));
        assertEquals("2 entries", CountFilter.of(2, "entry", "entries"));
    }
}
