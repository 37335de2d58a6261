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
final class TopicPages {
    /** How many of the places and of the actors a topic page lists: the most involved, not all. */
    static final int MOST_INVOLVED = 8;

    private TopicPages() {}

    static TopicModel model(LinkedSite site, Topic t, List<AgreementPeriods.Period> periods) {
        List<Event> events = site.eventsReferring(ContentKind.TOPIC, t.id());
        List<Topic> narrower = site.topics().values().stream()
                .filter(x -> x.parent().map(p -> p.id().equals(t.id())).orElse(false))
                .sorted(Comparator.comparing(Topic::title)).toList();
        Optional<Topic> parent = t.parent().map(p -> site.topics().get(p.id()));
        List<ClaimSet> disputed = site.claimSets().stream()
                .filter(s -> s.namedIn().equals(t.id()) && s.disputed()).toList();
        return new TopicModel(t, parent, narrower, events, new Timeline(events.stream().map(Event::date).toList(), periods),
                mostNamed(events, Event::places), mostNamed(events, Event::actors), agreements(site, events), disputed);
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
