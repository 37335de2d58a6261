package org.idlibchronicle.render;

import org.idlibchronicle.kind.ContentKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.testsupport.Fixture;
import org.idlibchronicle.testsupport.Loaded;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Issue 15 item 6: what the review of the content against the seeds changed, as a reader sees it. */
class ContentCorrectionsOnPagesTest {

    private static Document page(String path) throws Exception {
        Path file = RealSite.site().resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    private static Content content() {
        Problems problems = new Problems();
        Content c = Loaded.content(Fixture.REPO, problems);
        assertFalse(problems.hasErrors(), () -> problems.sorted().toString());
        return c;
    }

    @Test
    void aDateTheSourcesDoNotGiveIsExplainedOnTheEventPage() throws Exception {
        List<Event> explained = content().events().stream().filter(e -> e.dateNote().isPresent()).toList();
        assertTrue(explained.size() >= 10, "the inferred dates found in the review carry a note: " + explained.size());
        for (Event e : explained) {
            Element note = page(ContentKind.EVENT.pagePath(e.id())).selectFirst("p.date-note");
            assertNotNull(note, e.id() + " does not show how its date was inferred");
            assertTrue(note.text().endsWith(e.dateNote().get()), e.id() + ": " + note.text());
        }
        assertTrue(page("events/2019/2019-08-conditional-truce-takes-effect.html").selectFirst("p.date-note").text()
                .contains("not stated in these documents"));
    }

    @Test
    void anEventDatedOnlyToASpanOfMonthsIsListedApartNotAsIfInItsFirstMonth() throws Exception {
        List<Event> spanning = content().events().stream()
                .filter(e -> e.date().precision() == org.idlibchronicle.model.DatePrecision.MONTH
                        && !java.time.YearMonth.from(e.date().start()).equals(java.time.YearMonth.from(e.date().end())))
                .toList();
        assertTrue(spanning.size() >= 6, "the undated reactions span December 2019 to March 2020: " + spanning.size());
        for (Event e : spanning) {
            Document month = page(PagePaths.month(java.time.YearMonth.from(e.date().start())));
            Element link = month.selectFirst("main a[href$='" + e.id() + ".html']");
            assertNotNull(link, e.id());
            Element section = link.closest("section.day");
            String heading = section.selectFirst("h2").text();
            assertTrue(heading.startsWith("Not dated: some time between "), e.id() + " is listed under " + heading);
            assertTrue(section.selectFirst("h2 time") == null, "a span has no single machine-readable date");
            assertEquals(section, month.select("section.day").last(), "after every dated day of the month");
        }
    }

    @Test
    void aSourceDateTheDocumentDoesNotGiveIsMarkedInferredWithItsReason() throws Exception {
        List<org.idlibchronicle.model.Source> inferred = content().sources().stream()
                .filter(x -> x.dateNote().isPresent()).toList();
        assertTrue(inferred.size() >= 5, "undated statements carry a date note: " + inferred.size());
        Document sources = page("sources.html");
        for (org.idlibchronicle.model.Source x : inferred) {
            Element note = sources.getElementById(x.id()).selectFirst("cite .date-note");
            assertNotNull(note, x.id());
            assertEquals("(date inferred: " + x.dateNote().get() + ")", note.text());
        }
    }

    @Test
    void anAgreementPageHasNoTwoSectionsWithTheSameHeading() throws Exception {
        for (String path : RealSite.pages()) {
            if (!path.startsWith("agreements/") || path.equals("agreements/index.html")) continue;
            Set<String> seen = new HashSet<>();
            for (Element h2 : page(path).select("h2")) {
                assertTrue(seen.add(h2.text()), path + " has two sections headed \"" + h2.text() + "\"");
            }
        }
    }

    @Test
    void anEventLinkedTwiceToOneProvisionSaysHowEachLinkDiffers() throws Exception {
        int pairs = 0;
        for (String path : RealSite.pages()) {
            if (!path.startsWith("agreements/")) continue;
            for (Element list : page(path).select("ol.compliance")) {
                List<Element> rows = new ArrayList<>(list.children());
                for (int i = 1; i < rows.size(); i++) {
                    String href = rows.get(i).selectFirst("a").attr("href");
                    if (!href.equals(rows.get(i - 1).selectFirst("a").attr("href"))) continue;
                    // The relation, the provision or the link's note tells the two rows apart.
                    assertNotEquals(rows.get(i - 1).text(), rows.get(i).text(), path + ": " + href);
                    assertTrue(rows.get(i - 1).selectFirst(".rel-note") != null || rows.get(i).selectFirst(".rel-note") != null,
                            path + ": " + rows.get(i).text());
                    pairs++;
                }
            }
        }
        assertTrue(pairs > 0, "the Moscow ceasefire's first day both implements and allegedly violates it");
    }

    @Test
    void aFigureIsGivenToWhoTheDocumentSaysGivesIt() {
        // Reported by someone the document does not name: unnamed sources; stated by the document in
        // its own voice: the document's publisher (issue 25 audits: E33, #25, #26).
        Map<String, String> expected = Map.of("2020-02-27-balyun-air-strike", "wikipedia",
                "2019-12-21-hts-suicide-attack-al-furqa", "unnamed-sources",
                "2020-02-29-sohr-toll-of-turkish-retaliation-rises", "wikipedia");
        expected.forEach((id, claimant) -> {
            Event e = content().events().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            List<String> claimants = e.claims().stream()
                    .filter(c -> c.min().intValue() == 34 || c.min().intValue() == 30 || c.min().intValue() == 8)
                    .map(c -> c.claimant().id()).toList();
            assertEquals(List.of(claimant), claimants, id);
        });
    }
}
