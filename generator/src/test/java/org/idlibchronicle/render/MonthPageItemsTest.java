package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * On a month page each event sits under the heading of its day, so its item repeats the date only
 * when it says something the heading does not ("c.", a span of days, a month): fewer elements on
 * pages of up to ~90 events, no date lost. Items elsewhere (actor, place, topic pages) keep theirs.
 */
class MonthPageItemsTest {

    @Test
    void anEventRepeatsItsDateOnlyWhereItDiffersFromItsDaysHeading() throws Exception {
        int hidden = 0, kept = 0;
        try (Stream<Path> months = Files.list(RealSite.site().resolve("chronology"))) {
            for (Path month : months.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}\\.html")).toList()) {
                Document page = Jsoup.parse(month.toFile(), "UTF-8");
                for (Element day : page.select("section.day")) {
                    String heading = day.selectFirst("h2").text();
                    for (Element item : day.select("article.event-item")) {
                        Element time = item.selectFirst("p.meta time");
                        if (time == null) {
                            hidden++;
                        } else {
                            assertTrue(!time.text().equals(heading), month.getFileName() + ": '" + heading + "' repeated");
                            kept++;
                        }
                    }
                }
            }
        }
        assertTrue(hidden > 150, "most items are dated by their day's heading: " + hidden);
        assertTrue(kept > 20, "items dated otherwise than their heading keep their date: " + kept);
    }

    @Test
    void theMonthOfFebruary2020StaysUnderItsElementBudget() throws Exception {
        Document page = Jsoup.parse(RealSite.site().resolve("chronology/2020-02.html").toFile(), "UTF-8");
        int events = page.select("article.event-item").size();
        int inEvents = page.select("article.event-item *").size() + events;
        // Measured: 11.7 elements per event while every item repeated its date, 10.9 since.
        assertTrue(inEvents <= events * 11.2, inEvents + " elements for " + events + " events");
        Element actorPageItem = Jsoup.parse(RealSite.site().resolve("actors/hts.html").toFile(), "UTF-8")
                .selectFirst("article.event-item p.meta time");
        assertTrue(actorPageItem != null, "an actor's page dates each event");
        // The record of February 2020: 85 events, and the Erdoğan–Putin contact of 28 February (issue 25).
        assertEquals(86, events);
    }
}
