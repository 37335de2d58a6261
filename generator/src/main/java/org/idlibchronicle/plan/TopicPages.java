package org.idlibchronicle.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.Topic;
import org.idlibchronicle.plan.PageModel.Bearing;
import org.idlibchronicle.plan.PageModel.Involved;
import org.idlibchronicle.plan.PageModel.Timeline;
import org.idlibchronicle.plan.PageModel.TopicModel;

/** What a topic's page shows, derived once from the events that name it. */
public final class TopicPages {
    /** How many of the places and of the actors a topic page lists: the most involved, not all. */
    static final int MOST_INVOLVED = 8;

    private TopicPages() {}

    public static TopicModel model(LinkedSite site, Topic t, List<AgreementPeriods.Period> periods) {
        List<Event> events = site.eventsReferring(ContentKind.TOPIC, t.id());
        List<Topic> narrower = site.topics().values().stream()
                .filter(x -> x.parent().map(p -> p.id().equals(t.id())).orElse(false))
                .sorted(Comparator.comparing(Topic::title)).toList();
        Optional<Topic> parent = t.parent().map(p -> site.topics().get(p.id()));
        List<ClaimSet> disputed = site.claimSets().stream()
                .filter(s -> s.namedIn().equals(t.id()) && s.disputed()).toList();
        return new TopicModel(t, parent, narrower, events, timeline(events, site.agreements().values(), periods),
                mostNamed(events, Event::places), mostNamed(events, Event::actors), agreements(site, events), disputed);
    }

    /** A fortnight either side of a topic's first and last events: the agreements signed then are pinned on its strip. */
    static final int MARGIN_DAYS = 14;

    /**
     * A topic's strip spans its own events (and the agreements signed within a fortnight of them), not
     * the whole record: the battle for Saraqib's six weeks were squeezed into the right edge of
     * September 2018 to March 2020. Only the periods overlapping the span are shaded.
     */
    static Timeline timeline(List<Event> events, java.util.Collection<org.idlibchronicle.model.Agreement> agreements,
                             List<AgreementPeriods.Period> periods) {
        List<org.idlibchronicle.model.EventDate> dates = events.stream().map(Event::date).toList();
        java.time.LocalDate first = dates.stream().map(d -> d.start()).min(Comparator.naturalOrder()).orElse(null);
        java.time.LocalDate last = dates.stream().map(d -> d.start()).max(Comparator.naturalOrder()).orElse(null);
        if (first == null) return new Timeline(dates, periods);
        java.time.LocalDate from = first.minusDays(MARGIN_DAYS), to = last.plusDays(MARGIN_DAYS);
        java.util.Set<String> pinned = agreements.stream()
                .filter(a -> !a.signed().start().isBefore(from) && !a.signed().start().isAfter(to))
                .map(a -> a.id()).collect(java.util.stream.Collectors.toSet());
        // Periods that end before the span or start after it would be drawn off the strip and listed
        // in its legend: only those overlapping it are shaded.
        List<AgreementPeriods.Period> overlapping = periods.stream()
                .filter(p -> !p.end().isBefore(from) && !p.start().isAfter(to)).toList();
        return new Timeline(dates, overlapping, java.util.Optional.of(pinned));
    }

    /** The items an event field names most often across {@code events}; ties by id, so the order is stable. */
    private static List<Involved> mostNamed(List<Event> events, Function<Event, List<Ref>> field) {
        Map<String, Integer> counts = new HashMap<>();
        events.forEach(e -> field.apply(e).forEach(r -> counts.merge(r.id(), 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MOST_INVOLVED).map(e -> new Involved(e.getKey(), e.getValue())).toList();
    }

    /**
     * For each agreement the events bear on (in signing order), how many bear on each of its
     * provisions (in the agreement's order), the agreement as a whole ("") first.
     */
    private static Map<String, List<Bearing>> agreements(LinkedSite site, List<Event> events) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Event e : events) {
            for (AgreementLink l : e.agreements()) {
                counts.computeIfAbsent(l.agreement().id(), k -> new HashMap<>())
                        .merge(l.provision().map(Ref::id).orElse(""), 1, Integer::sum);
            }
        }
        Map<String, List<Bearing>> out = new LinkedHashMap<>();
        site.agreements().values().stream().filter(a -> counts.containsKey(a.id()))
                .sorted(Comparator.comparing(Agreement::signed).thenComparing(Agreement::id))
                .forEach(a -> {
                    Map<String, Integer> byProvision = counts.get(a.id());
                    List<Bearing> bearings = new ArrayList<>();
                    if (byProvision.containsKey("")) bearings.add(new Bearing("", byProvision.get("")));
                    a.provisions().stream().filter(p -> byProvision.containsKey(p.id()))
                            .forEach(p -> bearings.add(new Bearing(p.id(), byProvision.get(p.id()))));
                    out.put(a.id(), List.copyOf(bearings));
                });
        return out;
    }
}
