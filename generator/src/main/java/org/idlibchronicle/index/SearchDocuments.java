package org.idlibchronicle.index;

import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kind.ItemLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.model.Topic;
import org.idlibchronicle.text.Dates;

/**
 * The search documents of the record: every event, month of the chronology, agreement and each of
 * its provisions, actor, place, topic (found by its aliases too) and source. They are numbered in (type, year, url) order, so that every type-and-year
 * filter is one contiguous range of document numbers and the browser needs no per-document table.
 */
public final class SearchDocuments {
    static final List<String> TYPES = ContentKind.searchTypes().stream().map(ContentKind.SearchType::key).toList();

    private SearchDocuments() {}

    public static List<SearchDocument> of(LinkedSite site) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Event e : site.chronology().events()) {
            String iso = Dates.iso(e.date());
            docs.add(new SearchDocument("event", e.date().start().getYear(), iso, PagePaths.event(e.id()), e.title(),
                    List.of(), e.summary(), e.body().plain(),
                    names(e.places(), site.places(), Place::name), names(e.actors(), site.actors(), Actor::name)));
        }
        site.chronology().byMonth().forEach((month, events) -> {
            String name = Dates.month(month);
            String count = events.size() + (events.size() == 1 ? " event" : " events");
            docs.add(new SearchDocument("month", month.getYear(), month.toString(), PagePaths.month(month), name,
                    List.of(), count + " of the chronology in " + name + ".", "", List.of(), List.of()));
        });
        for (Agreement a : site.agreements().values()) {
            String iso = Dates.iso(a.signed());
            List<String> names = new ArrayList<>(a.aliases());
            names.add(0, a.shortName());
            List<String> parties = names(a.parties(), site.actors(), Actor::name);
            String place = a.signedAt().map(r -> names(List.of(r), site.places(), Place::name)).orElse(List.of())
                    .stream().findFirst().orElse("");
            docs.add(new SearchDocument("agreement", a.signed().start().getYear(), iso, PagePaths.agreement(a.id()),
                    a.title(), names, a.title(), a.body().plain(),
                    place.isEmpty() ? List.of() : List.of(place), parties));
            for (Provision p : a.provisions()) {
                String text = p.text().plain();
                docs.add(new SearchDocument("provision", a.signed().start().getYear(), iso,
                        ItemLink.provisionPath(a.id(), p.id()), p.title() + " (" + a.shortName() + ")",
                        List.of(), firstSentence(text), text, List.of(), parties));
            }
        }
        for (Actor a : site.actors().values()) {
            List<String> names = new ArrayList<>(a.aliases());
            if (!a.shortName().isEmpty() && !names.contains(a.shortName())) names.add(0, a.shortName());
            String text = a.description().plain();
            docs.add(new SearchDocument("actor", 0, "", PagePaths.actor(a.id()), a.name(), names, firstSentence(text),
                    text, List.of(), List.of()));
        }
        for (Place p : site.places().values()) {
            String text = p.description().plain();
            // Its names from the gazetteer are found as its aliases are, on its own page.
            List<String> names = new ArrayList<>(p.aliases());
            p.names().forEach(n -> names.add(n.name()));
            docs.add(new SearchDocument("place", 0, "", PagePaths.place(p.id()), p.name(), List.copyOf(names),
                    firstSentence(text), text, p.governorate().isEmpty() ? List.of() : List.of(p.governorate()), List.of()));
        }
        for (Topic t : site.topics().values()) {
            String text = t.description().plain();
            docs.add(new SearchDocument("topic", 0, "", ContentKind.TOPIC.pagePath(t.id()), t.title(), t.aliases(),
                    firstSentence(text), text, List.of(), List.of()));
        }
        for (Source s : site.sources().values()) {
            String date = s.date().orElse("");
            int year = date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                    ? Integer.parseInt(date.substring(0, 4)) : 0;
            String title = s.title().map(t -> s.outlet() + ": " + t).orElse(s.outlet());
            String summary = String.join(" · ", nonEmpty(s.author(), Optional.of(s.outlet()), s.date()));
            docs.add(new SearchDocument("source", year, date.length() >= 7 ? date : "", PagePaths.source(s.id()), title,
                    List.of(), summary, s.note(), List.of(), List.of(),
                    supports(summary, site.citationsBySource().getOrDefault(s.id(), List.of()))));
        }
        for (org.idlibchronicle.model.SourceDocument d : site.content().documents()) {
            String date = d.date().orElse("");
            int year = date.length() >= 4 ? Integer.parseInt(date.substring(0, 4)) : 0;
            String summary = String.join(" · ", nonEmpty(Optional.of(d.publisher()), d.author(), d.date()));
            docs.add(new SearchDocument("document", year, date.length() >= 7 ? date : "",
                    ContentKind.DOCUMENT.pagePath(d.id()), d.title(), List.of(), summary, d.note(), List.of(), List.of()));
        }
        docs.sort(Comparator.comparingInt((SearchDocument d) -> TYPES.indexOf(d.type()))
                .thenComparingInt(SearchDocument::year).thenComparing(SearchDocument::url));
        return List.copyOf(docs);
    }

    /**
     * A bibliography entry's excerpt: who and when, then what it supports, so that a reader who
     * finds a citation sees which pages rest on it (issue 29): "SOHR · 2020-02-06. Cited on: Saraqib
     * captured; Saraqib; and 3 more pages".
     */
    static String supports(String summary, List<org.idlibchronicle.link.Citation> citing) {
        if (citing.isEmpty()) return summary;
        int shown = Math.min(CITING_SHOWN, citing.size());
        StringBuilder out = new StringBuilder(summary.isEmpty() ? "" : summary + ". ").append("Cited on: ");
        for (int i = 0; i < shown; i++) out.append(i == 0 ? "" : "; ").append(citing.get(i).title());
        int more = citing.size() - shown;
        if (more > 0) out.append("; and ").append(more).append(more == 1 ? " more page" : " more pages");
        return out.toString();
    }

    /** The citing pages an entry's excerpt names: the card's excerpt holds about two lines. */
    private static final int CITING_SHOWN = 2;

    @SafeVarargs
    private static List<String> nonEmpty(Optional<String>... parts) {
        List<String> out = new ArrayList<>();
        for (Optional<String> p : parts) p.filter(x -> !x.isBlank()).ifPresent(out::add);
        return out;
    }

    private static <T> List<String> names(List<Ref> refs, Map<String, T> items, java.util.function.Function<T, String> name) {
        List<String> out = new ArrayList<>();
        for (Ref r : refs) {
            T item = items.get(r.id());
            if (item != null) out.add(name.apply(item));
        }
        return out;
    }

    /** The first sentence of a text, for the excerpt of items that have no summary of their own. */
    static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot > 0 && dot < 300 ? text.substring(0, dot + 1) : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
