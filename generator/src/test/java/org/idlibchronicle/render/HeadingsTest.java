package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every heading of the site built from the real content is written by a person: none reads like
 * the id of a set of figures with its hyphens made spaces ("Irgc losses 2020 02 28"), with or
 * without the date at its end, as the headings of the sets once were. (Topic ids are made from
 * the titles a person gave them, so a topic's title may read like its id by design.)
 */
class HeadingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An id as a heading made from it would read, in lower case; and the same without a trailing date. */
    static List<String> deSlugged(String id) {
        String words = id.replace('-', ' ').strip().toLowerCase(Locale.ROOT);
        String undated = id.replaceAll("(-\\d{4}){1,2}(-\\d{2}){0,2}$", "").replace('-', ' ').strip().toLowerCase(Locale.ROOT);
        return List.of(words, undated);
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void noHeadingOnTheSiteIsAClaimSetIdWithItsHyphensAsSpaces() throws Exception {
        Path site = RealSite.site();
        Set<String> slugs = new HashSet<>();
        int sets = 0;
        for (JsonNode t : JSON.readTree(site.resolve("data/topics.json").toFile())) {
            for (JsonNode s : t.get("claim_sets")) {
                slugs.addAll(deSlugged(s.get("id").asText()));
                sets++;
            }
        }
        assertTrue(sets > 50, "the real record names its sets of figures: " + sets);
        List<String> derived = new ArrayList<>();
        int headings = 0;
        for (String page : RealSite.pages()) {
            Document d = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            for (Element h : d.select("h1, h2, h3, h4, h5, h6")) {
                headings++;
                Element own = h.clone();
                // A set's heading carries a "claimants disagree" link after its title.
                own.select("a.contested").remove();
                if (slugs.contains(normalised(h.text())) || slugs.contains(normalised(own.text()))) {
                    derived.add(page + ": <" + h.tagName() + "> " + h.text());
                }
            }
        }
        assertTrue(headings > 1000, "the walk saw the site's headings: " + headings);
        assertEquals(List.of(), derived, "headings made from ids");
    }

    @Test
    void theTestRecognisesTheHeadingsTheSiteUsedToMakeFromIds() {
        // What the event pages showed before claim sets had names.
        assertTrue(deSlugged("irgc-losses-2020-02-28").contains("irgc losses"));
        assertTrue(deSlugged("syrian-soldiers-killed-2019-12-20-21").contains("syrian soldiers killed 2019 12 20 21"));
        assertTrue(deSlugged("displacement-nw-syria").contains(normalised("Displacement nw syria")));
    }
}
