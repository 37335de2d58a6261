package org.idlibchronicle.kind;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.model.Topic;

/**
 * The registry of content kinds: everything the stages need to know about a kind of item, declared
 * once. The loader reads its folder, file forms and schema; the check stage its name and where a
 * missing item's file would go; Markdown item links its link scheme; the plan its address; search
 * its type and label; the masthead its navigation entry.
 *
 * <p>This is what every stage reads of a kind as data. What a kind does that is its own (how its
 * files are read, its pages, its search documents) is its class in {@code kinds/}, above the
 * stages. Adding a kind is a record type, a schema, a template, an entry here, its class in
 * {@code kinds/} and its case in {@code kinds/Kinds}.
 */
public enum ContentKind {
    EVENT(Event.class, "event", "events", true, List.of(".md", ".yaml"), "Event", "Events",
            new Nav("Chronology", "chronology/index.html", "chronology")),
    AGREEMENT(Agreement.class, "agreement", "agreements", false, List.of(".md"), "Agreement", "Agreements",
            new Nav("Agreements", "agreements/index.html", "agreements")),
    ACTOR(Actor.class, "actor", "actors", false, List.of(".yaml"), "Actor", "Actors",
            new Nav("Actors", "actors/index.html", "actors")),
    PLACE(Place.class, "place", "places", false, List.of(".yaml"), "Place", "Places",
            new Nav("Places", "places/index.html", "places")),
    TOPIC(Topic.class, "topic", "topics", false, List.of(".yaml"), "Topic", "Topics",
            new Nav("Topics", "topics/index.html", "topics")),
    /** Sources have no page each: they are entries of the bibliography, reached by an anchor. */
    SOURCE(Source.class, "source", "sources", false, List.of(".yaml"), "Source", "Sources",
            new Nav("Sources", "sources.html", "sources")),
    /**
     * The documents the record is read in, with their archived texts: reached from the bibliography
     * and from every note that quotes them, not from the masthead (they belong to Sources).
     */
    DOCUMENT(SourceDocument.class, "document", "documents", false, List.of(".yaml"), "Document", "Documents",
            new Nav("Sources", "sources.html", "sources"));

    /**
     * Names no item of any kind may take: they are the site's own pages and folders, and an item
     * with one of them would be written over one (an actor {@code index} over the actors index).
     */
    public static final Set<String> RESERVED_IDS = Set.of("index", "search", "about", "404", "feed", "sitemap",
            "data", "assets");

    /** An entry of the site's main navigation: its label, the page it leads to, the section it marks current. */
    public record Nav(String label, String path, String section) {}

    /** A type of search result: its key in the index, its label on a result, its name in the type filter. */
    public record SearchType(String key, String label, String plural) {}

    /** The provisions of agreements: searchable on their own, though they are parts of agreements, not a kind. */
    public static final SearchType PROVISION = new SearchType("provision", "Provision", "Provisions");

    /**
     * The months of the chronology: each month's page is found by its name and by a date query of
     * that month ("March 2020"), though months are made from events, not a kind of their own.
     */
    public static final SearchType MONTH = new SearchType("month", "Month", "Months");

    private final Class<? extends Item> type;
    private final String key;
    private final String folder;
    private final boolean yearFolders;
    private final List<String> extensions;
    private final String label;
    private final String plural;
    private final Nav nav;

    ContentKind(Class<? extends Item> type, String key, String folder, boolean yearFolders, List<String> extensions, String label, String plural,
                Nav nav) {
        this.type = type;
        this.key = key;
        this.folder = folder;
        this.yearFolders = yearFolders;
        this.extensions = extensions;
        this.label = label;
        this.plural = plural;
        this.nav = nav;
    }

    /**
     * The record its items are read into. Unless the loader has a reader of its own for the kind,
     * the record's components are bound to the file's fields by name ({@code load/RecordBinder}),
     * and its {@link RefersTo} fields are checked and linked by every stage.
     */
    public Class<? extends Item> type() {
        return type;
    }

    /** The kind's name: its schema's name, its link scheme ({@code place:saraqib}) and its search type. */
    public String key() {
        return key;
    }

    /** Its folder under {@code content/}. */
    public String folder() {
        return folder;
    }

    /** Whether its files sit in one folder per year ({@code content/events/2020/}). */
    public boolean yearFolders() {
        return yearFolders;
    }

    /** The file forms it is written in, the first being the usual one ({@code .md} or {@code .yaml}). */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether its files are Markdown with YAML front matter (rather than YAML only). */
    public boolean isMarkdown(String fileName) {
        return fileName.endsWith(".md");
    }

    /** The schema file under {@code schemas/}. */
    public String schemaFile() {
        return key + ".schema.json";
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    public Nav nav() {
        return nav;
    }

    /** Where a new item with this id would be written, for "add content/places/x.yaml" hints. */
    public String newFileHint(String id) {
        return "content/" + folder + "/" + (yearFolders ? "YYYY/" : "") + id + extensions.get(0);
    }

    /**
     * The address of an item's page in the built site, relative to its root. Pages are {@code .html}
     * files, never folder indexes, so that links work from {@code file://} as well as from a server.
     * A source is an entry of the bibliography page.
     */
    public String pagePath(String id) {
        return switch (this) {
            case EVENT -> "events/" + id.substring(0, 4) + "/" + id + ".html";
            case SOURCE -> "sources.html#" + id;
            default -> folder + "/" + id + ".html";
        };
    }

    /** The kind whose link scheme is {@code scheme}, e.g. {@code place}. */
    public static Optional<ContentKind> byKey(String scheme) {
        for (ContentKind k : values()) {
            if (k.key.equals(scheme)) return Optional.of(k);
        }
        return Optional.empty();
    }

    /** The kind whose items are read into {@code type} (as {@link org.idlibchronicle.model.RefersTo} names it). */
    public static ContentKind of(Class<? extends Item> type) {
        for (ContentKind k : values()) {
            if (k.type == type) return k;
        }
        throw new IllegalArgumentException(type.getSimpleName() + " is no kind's record type");
    }

    /** Every kind's key, sorted: the link schemes a text may use. */
    public static Set<String> keys() {
        return new TreeSet<>(Arrays.stream(values()).map(ContentKind::key).toList());
    }

    /** Its own search type: results that are items of this kind. */
    public SearchType searchType() {
        return new SearchType(key, label, plural);
    }

    /**
     * Every search type, in the order results of equal rank are listed: each kind, the chronology's
     * months after events, an agreement's provisions after it.
     */
    public static List<SearchType> searchTypes() {
        List<SearchType> types = new java.util.ArrayList<>();
        for (ContentKind k : values()) {
            types.add(k.searchType());
            if (k == EVENT) types.add(MONTH);
            if (k == AGREEMENT) types.add(PROVISION);
        }
        return List.copyOf(types);
    }

    /**
     * The kinds the search page filters by (search.html?place=saraqib), in the order it shows them:
     * declared here, so that the page's template (which draws the selects) and the index (which
     * writes each filter's values, {@code index/SearchFacets}) read one list.
     */
    public static final List<ContentKind> SEARCH_FACETS = List.of(PLACE, ACTOR, AGREEMENT, TOPIC);

    /** The search types of {@link #SEARCH_FACETS}, for the search page's filters. */
    public static List<SearchType> searchFacetTypes() {
        return SEARCH_FACETS.stream().map(ContentKind::searchType).toList();
    }

    /** The navigation entries, in the registry's order; a kind that shares its section's entry adds none. */
    public static List<Nav> navigation() {
        return Arrays.stream(values()).map(ContentKind::nav).distinct().toList();
    }
}
