package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.idlibchronicle.render.feed.AtomFeed;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The data exports, feed, sitemap and page metadata of the site built from the real content. */
class ExportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The published columns: changing them breaks readers' scripts, so the test spells them out. */
    private static final List<String> EVENT_COLUMNS = List.of("id", "date", "end", "precision", "approximate", "title",
            "summary", "places", "actors", "agreements", "topics", "claims", "page");
    private static final List<String> CLAIM_COLUMNS = List.of("event", "event_date", "topic", "topic_title", "contested", "claimant",
            "min", "max", "qualifier", "unit", "of", "as_of", "source", "note", "page");

    @TempDir
    Path tmp;

    private static long contentFiles(String folder) throws Exception {
        try (Stream<Path> walk = Files.walk(Fixture.REPO.resolve("content").resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).count();
        }
    }

    private static List<List<String>> csv(Path file) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
            while (it.hasNext()) rows.add(it.next());
        }
        return rows;
    }

    /**
     * Issue 30: each CSV starts with a UTF-8 byte order mark, so Excel shows "Erdoğan", not
     * "ErdoÄŸan"; a CSV reader still gets the header's first column as "id".
     */
    @Test
    void theCsvFilesCarryAByteOrderMarkForSpreadsheets() throws Exception {
        Path site = RealSite.site();
        for (String name : List.of("data/events.csv", "data/claims.csv")) {
            byte[] bytes = Files.readAllBytes(site.resolve(name));
            assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff), name);
            assertEquals(1, new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\uFEFF", -1).length - 1,
                    name + ": one mark, at the start");
            assertFalse(csv(site.resolve(name)).get(0).get(0).startsWith("\uFEFF"), name + ": readers skip it");
        }
    }

    @Test
    void eventsJsonAndCsvHaveOneEntryPerEventFile() throws Exception {
        Path site = RealSite.site();
        long events = contentFiles("events");
        JsonNode json = JSON.readTree(site.resolve("data/events.json").toFile());
        assertEquals(events, json.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode e : json) {
            assertTrue(ids.add(e.get("id").asText()), "ids are unique");
            assertTrue(Files.isRegularFile(site.resolve(e.get("page").asText())), e.get("page").asText());
            assertTrue(e.get("date").asText().matches("\\d{4}-\\d{2}(-\\d{2})?"));
        }

        List<List<String>> rows = csv(site.resolve("data/events.csv"));
        assertEquals(EVENT_COLUMNS, rows.get(0), "header");
        assertEquals(events, rows.size() - 1, "one row per event");
        Set<String> csvIds = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(EVENT_COLUMNS.size(), row.size(), "every row has every column: " + row);
            csvIds.add(row.get(0));
        }
        assertEquals(ids, csvIds, "the CSV and the JSON list the same events");
    }

    @Test
    void claimsCsvHasOneRowPerClaimAndAgreementsJsonOneObjectPerAgreement() throws Exception {
        Path site = RealSite.site();
        JsonNode events = JSON.readTree(site.resolve("data/events.json").toFile());
        int claims = 0;
        for (JsonNode e : events) claims += e.get("claims").size();
        List<List<String>> rows = csv(site.resolve("data/claims.csv"));
        assertEquals(CLAIM_COLUMNS, rows.get(0));
        assertEquals(claims, rows.size() - 1);
        assertTrue(claims > 50, "the real record has claims: " + claims);

        JsonNode agreements = JSON.readTree(site.resolve("data/agreements.json").toFile());
        assertEquals(contentFiles("agreements"), agreements.size());
        for (JsonNode a : agreements) {
            assertFalse(a.get("provisions").isEmpty(), a.get("id") + " has provisions");
            for (JsonNode p : a.get("provisions")) {
                String page = p.get("page").asText();
                Document d = Jsoup.parse(site.resolve(page.substring(0, page.indexOf('#'))).toFile(), "UTF-8");
                assertNotNull(d.getElementById(page.substring(page.indexOf('#') + 1)), page);
            }
        }
    }

    @Test
    void topicsJsonListsEveryTopicWithTheEventsThatNameItAsEventsJsonAndCsvDo() throws Exception {
        Path site = RealSite.site();
        JsonNode topics = JSON.readTree(site.resolve("data/topics.json").toFile());
        assertEquals(contentFiles("topics"), topics.size());
        Map<String, Set<String>> byTopic = new HashMap<>();
        for (JsonNode e : JSON.readTree(site.resolve("data/events.json").toFile())) {
            for (JsonNode t : e.get("topics")) byTopic.computeIfAbsent(t.asText(), k -> new HashSet<>()).add(e.get("id").asText());
        }
        Set<String> namedSets = new HashSet<>();
        for (JsonNode t : topics) {
            String id = t.get("id").asText();
            Set<String> events = new HashSet<>();
            t.get("events").forEach(e -> events.add(e.asText()));
            assertEquals(byTopic.getOrDefault(id, Set.of()), events, id + ": its events are the events naming it");
            assertTrue(Files.isRegularFile(site.resolve(t.get("page").asText())), t.get("page").asText());
            t.get("claim_sets").forEach(s -> namedSets.add(s.get("id").asText()));
        }
        List<List<String>> events = csv(site.resolve("data/events.csv"));
        int column = EVENT_COLUMNS.indexOf("topics");
        for (List<String> row : events.subList(1, events.size())) {
            for (String t : row.get(column).split("; ")) {
                if (!t.isEmpty()) assertTrue(byTopic.get(t).contains(row.get(0)), row.get(0) + " names " + t);
            }
        }
        List<List<String>> claims = csv(site.resolve("data/claims.csv"));
        for (List<String> row : claims.subList(1, claims.size())) {
            assertTrue(namedSets.contains(row.get(2)), "the claim set " + row.get(2) + " is named in topics.json");
            assertFalse(row.get(3).isBlank(), "and has its title in claims.csv");
        }
    }

    @Test
    void theAtomFeedIsWellFormedCappedAndNewestFirst() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(RealSite.site().resolve(AtomFeed.PATH).toFile());
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(Math.min(AtomFeed.LIMIT, contentFiles("events")), entries.getLength());
        NodeList updated = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated");
        // updated[0] is the feed's own, the newest entry's date.
        assertEquals(updated.item(0).getTextContent(), updated.item(1).getTextContent());
        for (int i = 2; i < updated.getLength(); i++) {
            assertTrue(updated.item(i - 1).getTextContent().compareTo(updated.item(i).getTextContent()) >= 0,
                    "entries newest first");
        }
    }

    @Test
    void eventAndAgreementPagesCarryJsonLdThatParses() throws Exception {
        Path site = RealSite.site();
        Document agreement = Jsoup.parse(site.resolve("agreements/sochi-memorandum-2018.html").toFile(), "UTF-8");
        JsonNode ld = JSON.readTree(agreement.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Legislation", ld.get("@type").asText());
        assertEquals(agreement.selectFirst(".lede").text(), ld.get("name").asText());
        assertEquals("article", agreement.selectFirst("meta[property=og:type]").attr("content"));

        String event = RealSite.pages().stream().filter(p -> p.startsWith("events/")).findFirst().orElseThrow();
        Document page = Jsoup.parse(site.resolve(event).toFile(), "UTF-8");
        JsonNode eld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Event", eld.get("@type").asText());
        assertEquals(page.selectFirst("h1").text(), eld.get("name").asText());
        assertEquals(page.selectFirst("time").attr("datetime"), eld.get("startDate").asText());
    }

    @Test
    void withoutAnAddressThereIsNoCanonicalLinkAndNoSitemapButARobotsFile() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.build();
        Document home = Jsoup.parse(f.site().resolve("index.html").toFile(), "UTF-8");
        assertTrue(home.select("link[rel=canonical], meta[property=og:url]").isEmpty());
        assertFalse(Files.exists(f.site().resolve("sitemap.xml")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(f.site().resolve("robots.txt")));
    }

    @Test
    void withAnAddressInSiteYamlPagesAreCanonicalAndListedInTheSitemap() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("site.yaml", f.read("site.yaml") + "url: https://chronicle.example.org/idlib\n");
        f.build();
        String base = "https://chronicle.example.org/idlib/";
        Document event = Jsoup.parse(f.site().resolve("events/2018/2018-09-17-sochi-memorandum-agreed.html").toFile(), "UTF-8");
        String canonical = base + "events/2018/2018-09-17-sochi-memorandum-agreed.html";
        assertEquals(canonical, event.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(canonical, event.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals(canonical, JSON.readTree(event.selectFirst("script[type=application/ld+json]").data()).get("url").asText());
        Document notFound = Jsoup.parse(f.site().resolve("404.html").toFile(), "UTF-8");
        assertTrue(notFound.select("link[rel=canonical]").isEmpty(), "the 404 page is served at any address");

        String sitemap = Files.readString(f.site().resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + canonical + "</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + base + "</loc>"), "the home page at the site's own address (issue 30)");
        assertFalse(sitemap.contains("404.html"));
        assertTrue(Files.readString(f.site().resolve("robots.txt")).contains("Sitemap: " + base + "sitemap.xml"));
        // Page links stay relative.
        assertNotNull(event.selectFirst("a[href=../../index.html]"));
    }

    @Test
    void markupInATitleIsTextInTheFeedAndTheData() throws Exception {
        Fixture f = Fixture.in(tmp);
        String event = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
        String title = "<script>alert('t')</script> Putin & Erdogan";
        f.write(event, f.read(event).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                "title: \"" + title + "\""));
        f.build();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(f.site().resolve(AtomFeed.PATH).toFile());
        NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        boolean found = false;
        for (int i = 0; i < titles.getLength(); i++) found |= titles.item(i).getTextContent().equals(title);
        assertTrue(found, "the feed carries the title as text");
        assertEquals(title, JSON.readTree(f.site().resolve("data/events.json").toFile()).get(0).get("title").asText());
        List<List<String>> rows = csv(f.site().resolve("data/events.csv"));
        assertEquals(title, rows.get(1).get(5));
    }

    @Test
    void aSiteWithoutSiteYamlOrTitleIsToldWhatToWrite() {
        Fixture f = Fixture.in(tmp);
        f.delete("site.yaml");
        var missing = org.junit.jupiter.api.Assertions.assertThrows(org.idlibchronicle.pipeline.BuildFailedException.class, f::build);
        assertTrue(missing.getMessage().startsWith("site.yaml: missing: create it at the root of the checkout with the"
                + " site's 'title:'"), missing.getMessage());
        f.write("site.yaml", "tagline: No name\n");
        org.junit.jupiter.api.Assertions.assertThrows(org.idlibchronicle.pipeline.BuildFailedException.class, f::build);
        assertTrue(f.log().contains("site.yaml:1:1: error: missing required field 'title' (The site's name"), f.log());
    }

    @Test
    void anAddressThatIsNotHttpStopsTheBuild() {
        Fixture f = Fixture.in(tmp);
        f.write("site.yaml", f.read("site.yaml") + "url: javascript:alert(1)\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.idlibchronicle.pipeline.BuildFailedException.class, f::build);
        assertTrue(f.log().contains("error: 'url' is 'javascript:alert(1)'; expected the address the site is published at"), f.log());
        assertTrue(e.getMessage().startsWith("1 error in the record's files: fix them"), e.getMessage());
    }
}
