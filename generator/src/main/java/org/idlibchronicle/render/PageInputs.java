package org.idlibchronicle.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.EventDate;

/**
 * The data a page is made from, beyond its own item, computed once per build so that the
 * {@link RenderCache} can tell which pages an edit affects. Each page lists the parts it reads
 * (see {@code SiteRenderer.jobs}); a part missing there would show a stale page in the dev server,
 * which IncrementalBuildTest guards against edit by edit.
 *
 * @param shared          what any page may show: actors, places, agreements and sources (names,
 *                        citations, badges) and the site settings
 * @param timeline        what the timeline strips, year lists and counts are drawn from: every
 *                        event's date in order, and the periods agreements were in effect
 * @param periods         the periods agreements were in effect, with the events that ended them
 * @param agreementCounts events linked to each agreement
 * @param actorCounts     events of each actor
 * @param placeCounts     events at each place
 */
record PageInputs(List<Object> shared, List<Object> timeline, List<AgreementPeriods.Period> periods,
                  Map<String, Integer> agreementCounts, Map<String, Integer> actorCounts,
                  Map<String, Integer> placeCounts) {

    static PageInputs of(LinkedSite site, SiteConfig config) {
        List<AgreementPeriods.Period> periods = AgreementPeriods.of(site);
        List<EventDate> dates = site.chronology().events().stream().map(Event::date).toList();
        return new PageInputs(List.of(site.actors(), site.places(), site.agreements(), site.sources(), config),
                List.of(dates, periods), periods, counts(site.eventsByAgreement()), counts(site.eventsByActor()),
                counts(site.eventsByPlace()));
    }

    private static Map<String, Integer> counts(Map<String, List<Event>> index) {
        Map<String, Integer> counts = new TreeMap<>();
        index.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }
}
