package org.idlibchronicle.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The maps of the site built from the real content: where places are, and what each map draws and lists. */
class PlaceMapsTest {
    private static Content content;

    @BeforeAll
    static void load() {
        Problems problems = new Problems();
        content = Loaded.checked(Fixture.REPO, problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
    }

    private static List<Place> located() {
        return content.places().stream().filter(p -> p.location().isPresent()).toList();
    }

    private static List<Place> unlocatedPoints() {
        return content.places().stream().filter(p -> p.location().isEmpty() && !p.kind().equals("road")).toList();
    }

    private static Document page(String path) throws IOException {
        Path file = RealSite.site().resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.getParent().toUri().toString());
    }

    private static Element map(Document d, String path) {
        Element svg = d.selectFirst("svg.place-map");
        assertNotNull(svg, path + " has no map");
        return svg;
    }

    /** The pages the links of a map lead to, as paths from the site's root. */
    private static Set<String> linked(Element svg, String from) {
        Path dir = Path.of(from).getParent();
        return svg.select("a[href]").stream()
                .map(a -> (dir == null ? Path.of(a.attr("href")) : dir.resolve(a.attr("href"))).normalize().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Region region() throws Exception {
        return Region.of(Fixture.REPO).orElseThrow();
    }

    private static boolean inRegion(Place p) {
        try {
            return region().bounds().contains(p.location().get().lat().doubleValue(), p.location().get().lon().doubleValue());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyLocationIsInsideTheRegionOrTheWiderMapAndComesFromAGazetteer() throws Exception {
        assertTrue(located().size() >= 25, "the record locates " + located().size() + " places");
        Region.Bounds wider = region().wider().bounds();
        for (Place p : located()) {
            double lat = p.location().get().lat().doubleValue();
            double lon = p.location().get().lon().doubleValue();
            assertTrue(wider.contains(lat, lon), p.id() + " lies outside the wider map: " + lat + ", " + lon);
            // An airbase is never given its town's point: only an airfield gazetteer locates one.
            String expected = p.kind().equals("base") ? "ourairports" : "geonames";
            assertEquals(expected, p.location().get().source(), p.id());
        }
        // Where the agreements were signed and talks held is shown, beyond the region.
        for (String id : List.of("sochi", "moscow", "ankara", "nur-sultan")) {
            Place p = content.places().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
            assertTrue(p.location().isPresent() && !inRegion(p), id);
        }
    }

    @Test
    void everyLocatedPlaceIsOnTheOverviewMapsWithAWorkingLink() throws IOException {
        for (String path : List.of("map.html", "index.html")) {
            Document d = page(path);
            Element svg = map(d, path);
            for (Place p : located()) {
                String target = "places/" + p.id() + ".html";
                assertTrue(Files.isRegularFile(RealSite.site().resolve(target)), target);
                if (!inRegion(p)) {
                    assertNotNull(d.selectFirst(".map-beyond a[href=" + target + "]"), path + ": " + p.id() + " is not listed beyond the map");
                    continue;
                }
                assertOnMap(svg, p, path);
            }
            assertEquals(located().stream().filter(PlaceMapsTest::inRegion).count(), svg.select("a[href]").size(),
                    path + ": one link per located place in the region");
            // Links are content: the picture is a group, not an image whose children a screen reader skips.
            assertEquals("group", svg.attr("role"));
        }
        // The map page draws the places beyond the region on its wider map; the home page only lists them.
        Element wider = page("map.html").selectFirst("#wider-map svg.place-map");
        assertNotNull(wider, "the map page has no wider map");
        List<Place> beyond = located().stream().filter(p -> !inRegion(p)).toList();
        for (Place p : beyond) assertOnMap(wider, p, "map.html's wider map");
        assertEquals(beyond.size(), wider.select("a[href]").size());
        assertNotNull(wider.selectFirst("rect.map-region-box"), "the wider map shows where the region's map is");
        assertTrue(page("index.html").select("#wider-map").isEmpty(), "the wider map is the map page's own");
    }

    private static void assertOnMap(Element svg, Place p, String path) {
        String[] box = svg.attr("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        Element link = svg.selectFirst("a[href=places/" + p.id() + ".html]");
        assertNotNull(link, path + ": " + p.id() + " is not on the map");
        assertTrue(link.attr("aria-label").startsWith(p.name() + ", "), link.attr("aria-label"));
        Element circle = link.selectFirst("circle");
        double cx = Double.parseDouble(circle.attr("cx"));
        double cy = Double.parseDouble(circle.attr("cy"));
        assertTrue(cx > 0 && cx < width && cy > 0 && cy < height, p.id() + " drawn off the map");
    }

    @Test
    void anUnlocatedPlaceIsListedNotDrawn() throws IOException {
        Document d = page("map.html");
        Element svg = map(d, "map.html");
        Element list = d.selectFirst(".map-unlocated");
        assertNotNull(list);
        assertFalse(unlocatedPoints().isEmpty());
        for (Place p : unlocatedPoints()) {
            String target = "places/" + p.id() + ".html";
            assertTrue(svg.select("a[href=" + target + "]").isEmpty(), p.id() + " is drawn without a location");
            assertNotNull(list.selectFirst("a[href=" + target + "]"), p.id() + " is not listed");
        }
    }

    @Test
    void aMonthMapDrawsThePlacesOfThatMonthsEvents() throws IOException {
        YearMonth month = YearMonth.of(2020, 2);
        Set<String> expected = new TreeSet<>();
        for (Event e : content.events()) {
            if (!YearMonth.from(e.date().start()).equals(month)) continue;
            for (Ref r : e.places()) {
                content.places().stream().filter(p -> p.id().equals(r.id()) && p.location().isPresent() && inRegion(p))
                        .forEach(p -> expected.add("places/" + p.id() + ".html"));
            }
        }
        String path = "chronology/2020-02.html";
        assertFalse(expected.isEmpty());
        assertEquals(expected, linked(map(page(path), path), path));
        // Ankara, where talks were held on 8 February, lies beyond the month's map: it is listed.
        assertNotNull(page(path).selectFirst(".map-beyond a[href=../places/ankara.html]"));
    }

    @Test
    void aPlacePageLocatesItselfAndAnEventPageItsPlaces() throws IOException {
        Element own = map(page("places/saraqib.html"), "places/saraqib.html");
        assertEquals("img", own.attr("role"), "no links inside, so an image");
        assertTrue(own.select("a").isEmpty());
        assertEquals(1, own.select("circle.here").size());
        assertTrue(page("places/saraqib.html").text().contains("35.86447° N, 36.80591° E"));

        // A place beyond the region is located on the wider map, with the region's rectangle.
        Element sochi = map(page("places/sochi.html"), "places/sochi.html");
        assertEquals(1, sochi.select("circle.here").size());
        assertNotNull(sochi.selectFirst("rect.map-region-box"));
        assertTrue(page("places/sochi.html").text().contains("43.59917° N, 39.72569° E"));
        assertTrue(page("places/al-burayj.html").select("svg.place-map").isEmpty(), "an unlocated place has no map");

        String event = content.events().stream()
                .filter(e -> e.places().stream().anyMatch(r -> r.id().equals("saraqib")))
                .map(e -> "events/" + e.id().substring(0, 4) + "/" + e.id() + ".html").findFirst().orElseThrow();
        assertTrue(linked(map(page(event), event), event).contains("places/saraqib.html"), event);

        // An event none of whose places is located has no map: the region alone would show nothing.
        String nowhere = content.events().stream()
                .filter(e -> !e.places().isEmpty() && e.places().stream().noneMatch(r -> located().stream().anyMatch(p -> p.id().equals(r.id()))))
                .map(e -> "events/" + e.id().substring(0, 4) + "/" + e.id() + ".html").findFirst().orElseThrow();
        assertTrue(page(nowhere).select("svg.place-map").isEmpty(), nowhere);
    }

    @Test
    void theM5IsDrawnOnlyThroughLocatedPlacesTheRecordPutsOnIt() throws IOException {
        Element svg = map(page("map.html"), "map.html");
        Element road = svg.selectFirst(".map-road polyline");
        assertNotNull(road);
        Place m5 = content.places().stream().filter(p -> p.id().equals("m5-highway")).findFirst().orElseThrow();
        long onIt = m5.through().stream().filter(r -> located().stream().anyMatch(p -> p.id().equals(r.id()))).count();
        assertEquals(onIt, road.attr("points").split(" ").length);
        assertEquals(1, svg.select(".map-road polyline").size(), "the M4 has one located place: no line");
        assertTrue(svg.select(".map-road-label").text().contains("schematic"));
    }

    @Test
    void mapsCreditTheirSources() throws IOException {
        for (String path : List.of("map.html", "index.html", "places/saraqib.html", "about.html")) {
            String text = page(path).text();
            assertTrue(text.contains("GeoNames") && text.contains("CC BY 4.0") && text.contains("Natural Earth"), path);
        }
        // OurAirports is credited where an airbase is drawn, and only there.
        assertTrue(page("places/abu-al-duhur-airbase.html").text().contains("Airbases: OurAirports (public domain)"));
        assertTrue(page("map.html").text().contains("Airbases: OurAirports (public domain)"));
        assertFalse(page("places/saraqib.html").text().contains("OurAirports"));
    }

    /** Every map of the region has a scale bar of a round number of kilometres; the wider map has none. */
    @Test
    void regionMapsHaveAScaleBar() throws IOException {
        for (String path : List.of("map.html", "chronology/2020-02.html", "places/saraqib.html")) {
            Element scale = map(page(path), path).selectFirst(".map-scale text");
            assertNotNull(scale, path + " has no scale bar");
            assertTrue(scale.text().matches("(1|2|5|10|20|25|50|100) km"), path + ": " + scale.text());
        }
        assertTrue(page("map.html").select("#wider-map .map-scale").isEmpty());
    }
}
