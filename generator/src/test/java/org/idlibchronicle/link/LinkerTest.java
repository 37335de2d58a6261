package org.idlibchronicle.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.testsupport.Loaded;
import org.junit.jupiter.api.Test;

class LinkerTest {
    private final LinkedSite site = Loaded.fixtureSite();

    private List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void theChronologyIsInDateOrderWithPreviousAndNext() {
        List<String> order = ids(site.chronology().events());
        assertEquals(List.of("2018-09-17-sochi-memorandum-agreed", "2018-10-02-hts-turkey-understanding-reported",
                "2019-02-16-shelling-maarat-al-numan"), order);
        Event middle = site.events().get(order.get(1));
        assertEquals(order.get(0), site.chronology().previous(middle).orElseThrow().id());
        assertEquals(order.get(2), site.chronology().next(middle).orElseThrow().id());
        assertTrue(site.chronology().previous(site.events().get(order.get(0))).isEmpty());
        assertEquals(List.of(YearMonth.of(2018, 9), YearMonth.of(2018, 10), YearMonth.of(2019, 2)),
                List.copyOf(site.chronology().byMonth().keySet()));
    }

    @Test
    void provisionsKnowTheEventsThatBearOnThem() {
        assertEquals(List.of("2018-10-02-hts-turkey-understanding-reported", "2019-02-16-shelling-maarat-al-numan"),
                ids(site.eventsFor(site.eventsByProvision(),
                        LinkedSite.provisionKey("sochi-memorandum-2018", "demilitarized-zone"))));
        assertEquals(3, site.eventsFor(site.eventsByAgreement(), "sochi-memorandum-2018").size());
    }

    @Test
    void actorsAndPlacesKnowTheirEventsAndAgreements() {
        assertEquals(List.of("2018-09-17-sochi-memorandum-agreed", "2018-10-02-hts-turkey-understanding-reported"),
                ids(site.eventsReferring(org.idlibchronicle.kind.ContentKind.ACTOR, "turkey")));
        assertEquals("sochi-memorandum-2018", site.agreementsByActor().get("russia").get(0).id());
        assertEquals(List.of("2019-02-16-shelling-maarat-al-numan"), ids(site.eventsReferring(org.idlibchronicle.kind.ContentKind.PLACE, "maarat-al-numan")));
    }

    @Test
    void eachSourceKnowsThePagesCitingIt() {
        List<Citation> sohr = site.citationsBySource().get("sohr-2019-02-16");
        assertTrue(sohr.stream().anyMatch(c -> c.page().equals("events/2019/2019-02-16-shelling-maarat-al-numan.html")));
        assertTrue(sohr.stream().anyMatch(c -> c.page().equals("actors/sohr.html")));
        assertEquals(sohr.size(), sohr.stream().distinct().count(), "a page cited twice is listed once");
    }

    @Test
    void relatedEventsShareAPlaceOrActorAndAreNearInTime() {
        assertEquals(List.of("2018-10-02-hts-turkey-understanding-reported"),
                ids(site.related().get("2018-09-17-sochi-memorandum-agreed")));
        // Five months apart: too far to be related.
        assertEquals(List.of(), ids(site.related().get("2019-02-16-shelling-maarat-al-numan")));
    }
}
