package org.idlibchronicle.link;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kind.ItemLink;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.kind.References;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.model.Topic;
import org.idlibchronicle.model.ClaimSetName;

/**
 * The link stage: builds the reverse indexes and the chronology from checked content. Every
 * index is built in one pass over the events (linear in their number); related events are
 * found through the place and actor indexes, never by comparing all pairs.
 */
public final class Linker {
    static final int RELATED_LIMIT = 5;
    static final long RELATED_WINDOW_DAYS = 45;

    private Linker() {}

    public static LinkedSite link(Content content) {
        return link(content, new org.idlibchronicle.quote.Library(content));
    }

    /**
     * Links the content, reading its documents' texts from {@code library}: the build hands on the one
     * the check stage made, so that no text is tokenised and indexed twice in a build.
     */
    public static LinkedSite link(Content content, org.idlibchronicle.quote.Library library) {
        List<Event> events = content.events();
        TreeMap<YearMonth, List<Event>> byMonth = new TreeMap<>();
        Map<String, Integer> positions = new HashMap<>();
        Map<String, List<Event>> byAgreement = new TreeMap<>();
        Map<String, List<Event>> byProvision = new TreeMap<>();
        Map<ContentKind, Map<String, List<Event>>> referring = new java.util.EnumMap<>(ContentKind.class);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            positions.put(e.id(), i);
            byMonth.computeIfAbsent(Chronology.monthOf(e), m -> new ArrayList<>()).add(e);
            for (AgreementLink l : e.agreements()) {
                addOnce(byAgreement, l.agreement().id(), e);
                l.provision().ifPresent(p -> addOnce(byProvision, LinkedSite.provisionKey(l.agreement().id(), p.id()), e));
            }
            for (References.Reference r : References.of(e)) {
                addOnce(referring.computeIfAbsent(r.kind(), k -> new TreeMap<>()), r.ref().id(), e);
            }
        }
        // An event names an agreement in a link that also says how it bears on it; it refers to the
        // agreement as much as to a place it names, so the stages that ask what refers to an item
        // (the search filters) need not know the difference.
        referring.put(ContentKind.AGREEMENT, byAgreement);
        Map<String, List<Agreement>> agreementsByActor = new TreeMap<>();
        for (Agreement a : content.agreements()) {
            for (Ref r : concat(a.parties(), a.guarantors())) {
                agreementsByActor.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, List<Event>> related = related(events, referring);
        List<ClaimSet> claimSets = claimSets(events, content.topics());
        Map<String, List<ClaimSet>> claimSetsByEvent = new HashMap<>();
        claimSets.forEach(s -> claimSetsByEvent.computeIfAbsent(s.event().id(), k -> new ArrayList<>()).add(s));
        return new LinkedSite(content, new Chronology(events, byMonth, positions),
                index(events, Event::id), index(content.agreements(), Agreement::id),
                index(content.actors(), Actor::id), index(content.places(), Place::id),
                index(content.sources(), Source::id), index(content.topics(), Topic::id),
                byAgreement, byProvision, referring, agreementsByActor,
                citations(content), related, claimSets, claimSetsByEvent, Passages.of(content, library));
    }

    /**
     * Each event's related events. They depend only on each event's id, date, places and actors: when
     * those are what the last link saw (an edit of a title or a text, the usual dev-server rebuild),
     * the ids found then are taken again, with the events as they are now (they were a third of the
     * link stage's time on every edit).
     */
    private static Map<String, List<Event>> related(List<Event> events, Map<ContentKind, Map<String, List<Event>>> referring) {
        List<Shape> shapes = new ArrayList<>(events.size());
        Map<String, Event> byId = new HashMap<>();
        for (Event e : events) {
            shapes.add(new Shape(e.id(), e.date(), e.places().stream().map(Ref::id).toList(), e.actors().stream().map(Ref::id).toList()));
            byId.put(e.id(), e);
        }
        Map<String, List<String>> ids = RELATED.get(shapes);
        if (ids == null) {
            Map<String, List<Event>> byActor = referring.getOrDefault(ContentKind.ACTOR, Map.of());
            Map<String, List<Event>> byPlace = referring.getOrDefault(ContentKind.PLACE, Map.of());
            ids = new HashMap<>();
            for (Event e : events) ids.put(e.id(), related(e, byActor, byPlace).stream().map(Event::id).toList());
            RELATED.put(shapes, ids);
        }
        Map<String, List<Event>> out = new HashMap<>();
        ids.forEach((id, list) -> out.put(id, list.stream().map(byId::get).toList()));
        return out;
    }

    /** What of an event decides which events are related to it: ids, not references, whose lines move with any edit above them. */
    private record Shape(String id, org.idlibchronicle.model.EventDate date, List<String> places, List<String> actors) {}

    /** The related ids the last link found, for the shapes of the events it saw: one entry, replaced by each new shape. */
    private static final LastResult<List<Shape>, Map<String, List<String>>> RELATED = new LastResult<>();

    /** The one result last made, and what it was made of. */
    private static final class LastResult<K, V> {
        private K key;
        private V value;

        synchronized V get(K k) {
            return k.equals(key) ? value : null;
        }

        synchronized void put(K k, V v) {
            key = k;
            value = v;
        }
    }

    private static void addOnce(Map<String, List<Event>> index, String key, Event e) {
        List<Event> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != e) list.add(e);
    }

    /**
     * Events sharing a place or an actor, near in time; shared places weigh more than actors.
     * Scores are keyed by id: hashing whole event records would hash their texts.
     */
    private static List<Event> related(Event e, Map<String, List<Event>> byActor, Map<String, List<Event>> byPlace) {
        Map<String, Integer> score = new HashMap<>();
        Map<String, Event> byId = new HashMap<>();
        for (Ref p : e.places()) {
            for (Event o : window(byPlace.getOrDefault(p.id(), List.of()), e)) {
                score.merge(o.id(), 3, Integer::sum);
                byId.put(o.id(), o);
            }
        }
        for (Ref a : e.actors()) {
            for (Event o : window(byActor.getOrDefault(a.id(), List.of()), e)) {
                score.merge(o.id(), 1, Integer::sum);
                byId.put(o.id(), o);
            }
        }
        score.remove(e.id());
        // Each candidate's distance in days worked out once, not in every comparison of the sort.
        long day = e.date().start().toEpochDay();
        List<Candidate> candidates = new ArrayList<>(score.size());
        score.forEach((id, points) -> {
            Event o = byId.get(id);
            candidates.add(new Candidate(o, points, Math.abs(o.date().start().toEpochDay() - day)));
        });
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.score())
                .thenComparingLong(Candidate::days)
                .thenComparing(c -> c.event().id()));
        return candidates.stream().limit(RELATED_LIMIT).map(Candidate::event)
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id))
                .toList();
    }

    /** An event that may be related, with its score and how many days it lies from the event. */
    private record Candidate(Event event, int score, long days) {}

    /**
     * The events of a date-ordered list that start within the related window around {@code e},
     * found by binary search so that a place with thousands of events costs a few probes.
     */
    static List<Event> window(List<Event> sorted, Event e) {
        java.time.LocalDate from = e.date().start().minusDays(RELATED_WINDOW_DAYS);
        java.time.LocalDate to = e.date().start().plusDays(RELATED_WINDOW_DAYS);
        return sorted.subList(firstOnOrAfter(sorted, from), firstOnOrAfter(sorted, to.plusDays(1)));
    }

    private static int firstOnOrAfter(List<Event> sorted, java.time.LocalDate day) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).date().start().isBefore(day)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** For each source, the pages citing it (in footnotes, claims or links), in page order. */
    private static Map<String, List<Citation>> citations(Content content) {
        Map<String, Set<Citation>> out = new TreeMap<>();
        // Every kind's items in registry order; a source's own fields cite nothing (texts() is empty).
        for (ContentKind kind : ContentKind.values()) {
            for (Item item : content.items(kind)) {
                Citation c = new Citation(kind.key(), item.label(), kind.pagePath(item.id()));
                List<String> ids = new ArrayList<>();
                item.texts().forEach(t -> ids.addAll(cited(t)));
                if (item instanceof Event e) e.claims().stream().map(Claim::source).forEach(s -> ids.add(s.id()));
                ids.forEach(s -> out.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(c));
            }
        }
        Set<String> sourceIds = content.sources().stream().map(Source::id).collect(Collectors.toSet());
        out.keySet().retainAll(sourceIds);
        Map<String, List<Citation>> result = new TreeMap<>();
        out.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }

    private static List<String> cited(Markdown md) {
        List<String> ids = new ArrayList<>();
        md.footnotes().forEach(f -> ids.add(org.idlibchronicle.model.Quote.sourceOf(f.id())));
        md.links().stream().flatMap(l -> ItemLink.parse(l.id()).stream())
                .filter(l -> l.kind() == ContentKind.SOURCE).forEach(l -> ids.add(l.id()));
        return ids;
    }

    private static List<ClaimSet> claimSets(List<Event> events, List<Topic> topics) {
        Map<String, ClaimSetName> names = new HashMap<>();
        Map<String, String> namedIn = new HashMap<>();
        for (Topic t : topics) {
            for (ClaimSetName n : t.claimSets()) {
                names.putIfAbsent(n.id(), n);
                namedIn.putIfAbsent(n.id(), t.id());
            }
        }
        List<ClaimSet> sets = new ArrayList<>();
        for (Event e : events) {
            Map<String, List<Claim>> byTopic = new LinkedHashMap<>();
            e.claims().forEach(c -> byTopic.computeIfAbsent(c.topic(), t -> new ArrayList<>()).add(c));
            byTopic.forEach((topic, claims) -> {
                ClaimSetName name = names.get(topic);
                // The check stage lets no unnamed set through; reaching here with one is a fault of ours.
                if (name == null) throw new IllegalStateException("claim set '" + topic + "' of " + e.id() + " has no name");
                sets.add(new ClaimSet(e, topic, name, namedIn.get(topic), List.copyOf(claims)));
            });
        }
        return List.copyOf(sets);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(id.apply(i), i));
        return m;
    }

    private static List<Ref> concat(List<Ref> a, List<Ref> b) {
        List<Ref> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
