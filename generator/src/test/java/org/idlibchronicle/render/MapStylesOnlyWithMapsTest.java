package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.CSSSelector;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * maps.css is render-blocking: a page links it when it draws a map, and only then. Checked on every
 * page of the real site against the classes the stylesheet styles.
 */
class MapStylesOnlyWithMapsTest {
    private static final Pattern CLASS = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)");

    @Test
    void aPageLinksTheMapStylesExactlyWhenItHasAnElementTheyStyle() throws Exception {
        Set<String> classes = classesStyledBy(Files.readString(Fixture.REPO.resolve("assets/css/maps.css")));
        assertTrue(classes.contains("place-map") && classes.contains("map-land"), classes.toString());
        String anyMapped = String.join(", ", classes.stream().map(c -> "." + c).toList());
        List<String> wrong = new ArrayList<>();
        int withMaps = 0;
        for (String path : RealSite.pages()) {
            Document page = Jsoup.parse(RealSite.site().resolve(path).toFile());
            boolean drawsMap = !page.select(anyMapped).isEmpty();
            boolean links = !page.select("head link[rel=stylesheet][href*=assets/css/maps.]").isEmpty();
            if (drawsMap != links) wrong.add(path + (drawsMap ? " draws a map without maps.css" : " links maps.css without a map"));
            if (drawsMap) withMaps++;
        }
        assertEquals(List.of(), wrong);
        assertTrue(withMaps > 10 && withMaps < RealSite.pages().size() / 2, withMaps + " pages with maps");
    }

    private static Set<String> classesStyledBy(String css) {
        CascadingStyleSheet sheet = CSSReader.readFromStringReader(css, new CSSReaderSettings());
        Set<String> classes = new TreeSet<>();
        sheet.getAllStyleRules().forEach(rule -> {
            for (CSSSelector selector : rule.getAllSelectors()) {
                Matcher m = CLASS.matcher(selector.getAsCSSString());
                while (m.find()) classes.add(m.group(1));
            }
        });
        return classes;
    }
}
