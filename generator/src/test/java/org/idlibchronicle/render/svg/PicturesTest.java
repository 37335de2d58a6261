package org.idlibchronicle.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.Linker;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.plan.AgreementPeriods;

import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The periods, the timeline strip and the displacement chart, on the fixture plus a few items. */
class PicturesTest {
    private static final String TOPIC = "displacement-nw-syria-2019-2020";
    @TempDir
    Path tmp;

    private static final String EVENT = "---\ntitle: %s\ndate: %s\nsummary: Something happened.\nplaces: []\nactors: []\n"
            + "agreements:\n  - agreement: %s\n    relation: %s\n---\nText.[^sohr-2019-02-16]\n";

    private LinkedSite site(Fixture f) {
        Problems problems = new Problems();
        var content = Loaded.checked(f.root(), problems);
        assertFalse(problems.hasErrors(), problems.sorted().toString());
        return Linker.link(content);
    }

    private static List<org.idlibchronicle.link.ClaimSet> displacement(LinkedSite site) {
        return site.claimSets().stream().filter(s -> s.topic().equals(TOPIC)).toList();
    }

    private Fixture withTruces() {
        Fixture f = Fixture.in(tmp);
        String agreement = "---\ntitle: %s\nshort_name: \"%s\"\nsigned: %s\n%sparties: [turkey]\nstatus: %s\nprovisions:\n"
                + "  - id: ceasefire\n    title: A ceasefire\n    text: Stop.[^sohr-2019-02-16]\n---\n";
        f.write("content/agreements/truce-a.md", agreement.formatted("Truce A", "Truce <b>A</b>", "2019-03-01",
                "effective: 2019-03-03\n", "collapsed"));
        f.write("content/agreements/truce-b.md", agreement.formatted("Truce B", "Truce B", "2019-04-01", "", "collapsed"));
        f.write("content/agreements/truce-c.md", agreement.formatted("Truce C", "Truce C", "2019-05-01", "", "in-force"));
        f.write("content/agreements/truce-d.md", agreement.formatted("Truce D", "Truce D", "2019-05-02", "", "reported-only"));
        // A: an alleged violation does not end it, the first real violation does.
        f.write("content/events/2019/2019-03-05-a-alleged.md", EVENT.formatted("A alleged", "2019-03-05", "truce-a", "alleged-violation"));
        f.write("content/events/2019/2019-03-09-a-violated.md", EVENT.formatted("A violated", "2019-03-09", "truce-a", "violates"));
        f.write("content/events/2019/2019-03-20-a-violated-again.md", EVENT.formatted("A again", "2019-03-20", "truce-a", "violates"));
        // B: an event that ends it wins over an earlier violation.
        f.write("content/events/2019/2019-04-03-b-violated.md", EVENT.formatted("B violated", "2019-04-03", "truce-b", "violates"));
        f.write("content/events/2019/2019-04-10-b-ended.md", EVENT.formatted("B ended", "2019-04-10", "truce-b", "ends"));
        // Known only to the month: drawn across the month, in no week.
        f.write("content/events/2019/2019-06-c-month.md", EVENT.formatted("C month", "2019-06", "truce-c", "implements"));
        return f;
    }

    @Test
    void periodsRunFromEffectToTheEndingEventOrTheFirstViolation() {
        LinkedSite site = site(withTruces());
        Map<String, AgreementPeriods.Period> periods = AgreementPeriods.of(site).stream()
                .collect(Collectors.toMap(p -> p.agreement().id(), Function.identity()));
        AgreementPeriods.Period a = periods.get("truce-a");
        assertEquals(LocalDate.of(2019, 3, 3), a.start(), "from the effective day, not the signing");
        assertEquals(LocalDate.of(2019, 3, 9), a.end());
        assertEquals("first recorded violation", a.until());
        AgreementPeriods.Period b = periods.get("truce-b");
        assertEquals(LocalDate.of(2019, 4, 10), b.end());
        assertEquals("ended", b.until());
        AgreementPeriods.Period c = periods.get("truce-c");
        assertTrue(c.open());
        assertEquals(LocalDate.of(2019, 6, 30), c.end(), "runs to the end of the last event");
        assertFalse(periods.containsKey("truce-d"), "a reported-only agreement is not shaded");
        // The fixture's Sochi memorandum collapsed and its first violation is 16 February 2019.
        assertEquals(LocalDate.of(2019, 2, 16), periods.get("sochi-memorandum-2018").end());
    }

    @Test
    void theStripCountsDayEventsPerWeekEscapesNamesAndLinksBarsToDays() {
        LinkedSite site = site(withTruces());
        TimelineStrip.Strip strip = TimelineStrip.draw(site.chronology().events().stream().map(Event::date).toList(),
                List.copyOf(site.agreements().values()), AgreementPeriods.of(site), "chronology/index.html", null);
        Document svg = Jsoup.parse(strip.svgHtml(), "", Parser.xmlParser());
        long dayEvents = site.chronology().events().stream()
                .filter(e -> e.date().precision() == org.idlibchronicle.model.DatePrecision.DAY).count();
        int counted = svg.select("rect.bar").stream()
                .map(r -> r.parent().selectFirst("title").text())
                .mapToInt(t -> Integer.parseInt(t.replaceAll(".*: (\\d+) events?$", "$1"))).sum();
        assertEquals(dayEvents, counted, "every day-dated event is in exactly one week");
        assertEquals(1, svg.select("rect.month-only").size());
        assertEquals("../chronology/2019-06.html#d-2019-06", svg.selectFirst("rect.month-only").parent().attr("href"));
        List<String> barLinks = svg.select("rect.bar").stream().map(r -> r.parent().attr("href")).toList();
        assertFalse(barLinks.isEmpty());
        assertTrue(barLinks.stream().allMatch(h -> h.matches("\\.\\./chronology/\\d{4}-\\d{2}\\.html#d-\\d{4}-\\d{2}-\\d{2}")), barLinks.toString());
        assertEquals(5, strip.pins().size(), "every agreement is pinned");
        assertEquals(4, strip.bands().size(), "every agreement but the reported-only one is shaded");
        // Keyboard and screen readers: a group of named links, none taken out of the Tab order, none inside an image.
        assertEquals("group", svg.selectFirst("svg").attr("role"));
        assertTrue(svg.select("[tabindex]").isEmpty(), "no link is kept from the keyboard");
        assertTrue(svg.select("a").stream().allMatch(a -> a.selectFirst("title") != null && !a.selectFirst("title").text().isBlank()),
                "every link is named by its title");
        // Each shaded period has its own pattern, which exists in the picture and is the one the legend shows.
        List<String> patterns = strip.bands().stream().map(TimelineStrip.Band::pattern).toList();
        assertEquals(patterns.size(), patterns.stream().distinct().count(), patterns.toString());
        assertEquals(patterns, svg.select("rect.period").stream().map(r -> r.attr("fill").replaceAll("url\\(#(.*)\\)", "$1")).toList());
        patterns.forEach(id -> assertEquals(1, svg.select("pattern#" + id).size(), id));
        // Pins (radius 7) never overlap, even for agreements signed days apart (truce-c and truce-d).
        List<Double> pinX = svg.select("circle.pin").stream().map(c -> Double.parseDouble(c.attr("cx"))).toList();
        for (int i = 1; i < pinX.size(); i++) assertTrue(pinX.get(i) - pinX.get(i - 1) > 14, pinX.toString());
        assertTrue(strip.svgHtml().contains("Truce &lt;b&gt;A&lt;/b&gt;"), "names are escaped");
        assertFalse(strip.svgHtml().contains("<b>"));
        // The same input draws the same picture.
        assertEquals(strip.svgHtml(), TimelineStrip.draw(site.chronology().events().stream().map(Event::date).toList(),
                List.copyOf(site.agreements().values()), AgreementPeriods.of(site), "chronology/index.html", null).svgHtml());
    }

    @Test
    void theDisplacementChartHasOneLinkedMarkPerDisplacementClaim() {
        Fixture f = Fixture.in(tmp);
        String event = "---\ntitle: %s\ndate: %s\nsummary: People fled.\nplaces: []\nactors: []\nclaims:\n"
                + "  - claimant: sohr\n    value: %s\n    unit: displaced\n    of: people\n    topic: " + TOPIC
                + "\n    source: sohr-2019-02-16\n---\nText.[^sohr-2019-02-16]\n";
        f.write("content/topics/displacement.yaml", "title: Displacement of civilians\ndescription: People who fled.\n"
                + "claim_sets:\n  - id: " + TOPIC + "\n    title: People displaced since December 2019\n    chart: true\n");
        f.write("content/events/2019/2019-12-20-fled-a.md", event.formatted("Fled A", "2019-12-20", "80000"));
        f.write("content/events/2020/2020-02-fled-b.md", event.formatted("Fled B", "2020-02", "900000"));
        LinkedSite site = site(f);
        DisplacementChart.Chart chart = DisplacementChart.draw(displacement(site), site.actors(), "figures.html").orElseThrow();
        assertEquals(2, chart.points().size());
        Document svg = Jsoup.parse(chart.svgHtml(), "", Parser.xmlParser());
        assertEquals("Thousands", svg.selectFirst("text.unit").text(), "the axis says its unit on the picture itself");
        assertEquals(List.of("events/2019/2019-12-20-fled-a.html", "events/2020/2020-02-fled-b.html"),
                svg.select("a.point").eachAttr("href"));
        assertEquals(1, svg.select("a.point line.span").size(), "the month-dated figure spans its month");
        assertEquals("900,000", chart.points().get(1).figure());
        assertTrue(DisplacementChart.draw(displacement(site(Fixture.in(tmp.resolve("plain")))), site.actors(), "figures.html").isEmpty());
    }

    /**
     * Issue 30: claimants are told apart without colour, each by its own mark (shape, then hollow),
     * named in a legend; before, every mark was the same circle. On the real record's chart.
     */
    @Test
    void eachClaimantHasItsOwnMarkNamedInTheLegend() throws Exception {
        Document page = Jsoup.parse(org.idlibchronicle.testsupport.RealSite.site().resolve("figures.html").toFile(), "UTF-8");
        Document svg = Jsoup.parse(page.selectFirst("svg.displacement-chart").outerHtml(), "", Parser.xmlParser());
        java.util.Map<String, java.util.Set<String>> marksByClaimant = new java.util.TreeMap<>();
        for (var point : svg.select("a.point")) {
            String title = point.selectFirst("title").text();
            String claimant = title.substring(title.lastIndexOf("according to ") + "according to ".length());
            // The mark's shape and whether it is hollow, as its classes say.
            marksByClaimant.computeIfAbsent(claimant, k -> new java.util.TreeSet<>())
                    .add(point.selectFirst("path.mark").className());
        }
        assertTrue(marksByClaimant.size() >= 5, marksByClaimant.keySet().toString());
        java.util.Set<String> used = new java.util.HashSet<>();
        marksByClaimant.forEach((who, marks) -> {
            assertEquals(1, marks.size(), who + " has one mark: " + marks);
            assertTrue(used.add(marks.iterator().next()), who + " shares its mark with another claimant");
        });
        List<String> legend = page.select("ul.chart-legend li a").eachText();
        assertEquals(new java.util.TreeSet<>(marksByClaimant.keySet()), new java.util.TreeSet<>(legend), "the legend names each claimant once");
        assertEquals(legend.size(), page.select("ul.chart-legend li svg path.mark").size());
    }
}
