package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The topic pages and their index, on the site built from the real content. */
class TopicPagesTest {
    private static Document page(String path) throws Exception {
        return Jsoup.parse(RealSite.site().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyTopicHasAPageListedInTheIndexWhichTheNavigationLeadsTo() throws Exception {
        Path site = RealSite.site();
        List<String> topics;
        try (var files = Files.list(Fixture.REPO.resolve("content/topics"))) {
            topics = files.map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList();
        }
        assertTrue(topics.size() >= 15 && topics.size() <= 35, "a reader's index, not a tag cloud: " + topics.size());
        Document index = page("topics/index.html");
        List<String> listed = index.select(".entity-list a").eachAttr("href");
        for (String t : topics) {
            assertTrue(Files.isRegularFile(site.resolve("topics/" + t + ".html")), t);
            assertTrue(listed.contains("../topics/" + t + ".html"), t + " is in the index");
        }
        assertNotNull(page("index.html").selectFirst("nav a[href=topics/index.html]"), "the masthead leads to the topics");
    }

    @Test
    void aTopicPageListsItsEventsByMonthInDateOrderWithTheirDensityAndWhatTheyInvolve() throws Exception {
        Document d = page("topics/battle-of-saraqib.html");
        assertEquals("The battle for Saraqib", d.selectFirst("h1").text());
        assertNotNull(d.selectFirst("figure.timeline svg"), "the density strip");
        List<String> dates = new ArrayList<>(d.select(".month-group .event-item time").eachAttr("datetime"));
        assertTrue(dates.size() >= 5, "its events: " + dates);
        List<String> sorted = new ArrayList<>(dates);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, dates, "in date order");
        for (Element month : d.select(".month-group")) {
            String iso = month.selectFirst("h3").id().substring(2);
            month.select(".event-item time").eachAttr("datetime").forEach(t -> assertTrue(t.startsWith(iso), t + " under " + iso));
        }
        assertEquals("Saraqib", d.selectFirst(".involved li a").text(), "the place its events name most comes first");
        assertFalse(d.select("a[href^=../agreements/]").isEmpty(), "the agreements its events bear on");
        assertNotNull(d.selectFirst("a[href^=../figures.html#]"), "its figures in dispute lead to the contested-figures page");
        assertEquals("The 2019–2020 government offensive", d.selectFirst(".crumbs a[href=../topics/offensive.html]").text(),
                "its broader topic");
    }

    /**
     * Issue 30: a topic's strip spans its own events (and the agreements signed within a fortnight of
     * them), not the whole record: the battle of Saraqib's weeks filled the right edge of 19 months.
     */
    @Test
    void aTopicsTimelineSpansItsOwnEvents() throws Exception {
        String strip = page("topics/battle-of-saraqib.html").selectFirst("svg.timeline-strip").attr("aria-label");
        assertTrue(strip.startsWith("Events per week, February 2020 to March 2020."), strip);
        assertTrue(page("topics/battle-of-saraqib.html").select("svg.timeline-strip a[href$=sochi-memorandum-2018.html]").isEmpty(),
                "no pin for an agreement signed in 2018");
        String home = page("index.html").selectFirst("svg.timeline-strip").attr("aria-label");
        assertTrue(home.startsWith("Events per week, January 2018 to"), "the record's own strip spans the record: " + home);
    }

    /** Issue 30: the Places index leads to the map that draws them (it was linked from the home page only). */
    @Test
    void thePlacesIndexLeadsToTheMap() throws Exception {
        assertTrue(!page("places/index.html").select("p.lede a[href=../map.html]").isEmpty(), "a link to the map");
        assertTrue(page("actors/index.html").select("a[href=../map.html]").isEmpty(), "the actors have no map");
    }

    @Test
    void anEventPageListsItsTopicsLinked() throws Exception {
        Document d = page("events/2020/2020-03-03-army-secures-saraqib.html");
        assertEquals(List.of("../../topics/battle-of-saraqib.html"), d.select(".facts dd.topics a").eachAttr("href"));
    }
}
