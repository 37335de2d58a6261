package org.idlibchronicle.plan;

import org.idlibchronicle.kind.ContentKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Ref;

/**
 * The search documents of the record, as each kind plans them ({@link KindPages#addDocuments}), and the
 * helpers the kinds share. They are numbered in (type, year, url) order, so that every type-and-year
 * filter is one contiguous range of document numbers and the browser needs no per-document table.
 */
public final class SearchDocuments {
    static final List<String> TYPES = ContentKind.searchTypes().stream().map(ContentKind.SearchType::key).toList();

    private SearchDocuments() {}

    /**
     * The documents every kind in {@code kinds} gives for {@code site}, numbered in (type, year, url)
     * order whatever order the kinds come in.
     */
    public static List<SearchDocument> of(LinkedSite site, List<? extends KindPages> kinds) {
        List<SearchDocument> docs = new ArrayList<>();
        for (KindPages kind : kinds) kind.addDocuments(site, docs);
        docs.sort(Comparator.comparingInt((SearchDocument d) -> TYPES.indexOf(d.type()))
                .thenComparingInt(SearchDocument::year).thenComparing(SearchDocument::url));
        return List.copyOf(docs);
    }

    /**
     * A bibliography entry's excerpt: who and when, then what it supports, so that a reader who
     * finds a citation sees which pages rest on it (issue 29): "SOHR · 2020-02-06. Cited on: Saraqib
     * captured; Saraqib; and 3 more pages".
     */
    public static String supports(String summary, List<org.idlibchronicle.link.Citation> citing) {
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
    public static List<String> nonEmpty(Optional<String>... parts) {
        List<String> out = new ArrayList<>();
        for (Optional<String> p : parts) p.filter(x -> !x.isBlank()).ifPresent(out::add);
        return out;
    }

    /** The names of the items {@code refs} point to, in their order; a reference to no item is left out. */
    public static <T> List<String> names(List<Ref> refs, java.util.Map<String, T> items, java.util.function.Function<T, String> name) {
        List<String> out = new ArrayList<>();
        for (Ref r : refs) {
            T item = items.get(r.id());
            if (item != null) out.add(name.apply(item));
        }
        return out;
    }

    /**
     * The document of an undated item found by its names and its description (an actor, a place, a
     * topic): its page, its label, its other names, and its description, whose first sentence its
     * result shows. {@code places} are the places it is found by (a place's governorate).
     */
    public static SearchDocument undatedItem(ContentKind kind, Item item, List<String> aliases, Markdown description,
                                             List<String> places) {
        String text = description.plain();
        return new SearchDocument(kind.searchType().key(), 0, "", kind.pagePath(item.id()), item.label(), aliases,
                firstSentence(text), text, places, List.of());
    }

    /** The first sentence of a text, for the excerpt of items that have no summary of their own. */
    public static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot > 0 && dot < 300 ? text.substring(0, dot + 1) : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
