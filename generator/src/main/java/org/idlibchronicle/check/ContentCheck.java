package org.idlibchronicle.check;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.idlibchronicle.diag.DidYouMean;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kind.ItemLink;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.AgreementLink;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Item;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Provision;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.kind.References;
import org.idlibchronicle.model.Source;

/**
 * The check stage: everything that needs more than one file to decide. Unknown and duplicate
 * ids, provisions of the wrong agreement, footnotes that cite nothing, item links that lead
 * nowhere, events that cite no source, topics and the names of claim sets ({@link TopicCheck}), and
 * (as warnings) sources that nobody cites.
 */
public final class ContentCheck {
    private final Content content;
    private final Problems problems;
    private final IdSet agreements;
    private final IdSet actors;
    private final IdSet sources;
    private final Map<ContentKind, IdSet> idSets = new java.util.EnumMap<>(ContentKind.class);
    private final Map<String, Set<String>> provisions = new HashMap<>();
    private final Set<String> cited = new HashSet<>();

    public ContentCheck(Content content, Problems problems) {
        this.content = content;
        this.problems = problems;
        Set<String> broken = content.unreadable();
        for (ContentKind kind : ContentKind.values()) {
            idSets.put(kind, new IdSet(kind, ids(content.items(kind), Item::id), broken));
        }
        this.agreements = idSets.get(ContentKind.AGREEMENT);
        this.actors = idSets.get(ContentKind.ACTOR);
        this.sources = idSets.get(ContentKind.SOURCE);
        for (Agreement a : content.agreements()) {
            provisions.put(a.id(), a.provisions().stream().map(Provision::id).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    public void run() {
        duplicates(content.events(), Event::id, Event::origin, "event");
        FormerIds.check(content, problems);
        // What every item has, whatever its kind: an id that is not reserved, references (the
        // fields marked @RefersTo) that name existing items, and texts whose footnotes and links
        // lead somewhere.
        for (ContentKind kind : ContentKind.values()) {
            for (Item item : content.items(kind)) {
                reserved(item, kind);
                if (item instanceof Event e) {
                    visible(e.title(), e.at("title"), "title");
                    visible(e.summary(), e.at("summary"), "summary");
                    plain(e.title(), e.at("title"), "title");
                    plain(e.summary(), e.at("summary"), "summary");
                } else {
                    visible(item.label(), item.origin(), "name");
                    plain(item.label(), item.origin(), "name");
                }
                for (References.Reference r : References.of(item)) {
                    if (ids(r.kind()).check(r.ref(), problems) && r.kind() == ContentKind.SOURCE) cited.add(r.ref().id());
                }
                int citations = 0;
                mistypedCitations = 0;
                for (Markdown text : item.texts()) citations += markdown(text);
                // A footnote meant as a citation but mistyped has its own error, which says what to fix.
                if (item instanceof Event e && citations + e.claims().size() == 0 && mistypedCitations == 0) {
                    problems.error(e.origin(), "event cites no source: add a footnote such as [^source-id] to its text");
                }
            }
        }
        // What each kind's own fields refer to.
        for (Event e : content.events()) checkEvent(e);
        for (Agreement a : content.agreements()) checkAgreement(a);
        new TopicCheck(content, problems).run();
        for (Source s : content.sources()) s.via().ifPresent(r -> {
            if (r.id().equals(s.id())) problems.error(r.at(), "a source cannot be read 'via' itself");
        });
        OutletNames.check(content.sources(), problems);
        for (Source s : content.sources()) {
            if (!cited.contains(s.id())) {
                problems.warning(s.origin(), "source '" + s.id() + "' is never cited: cite it with [^" + s.id()
                        + "] or delete the file");
            }
        }
    }

    private void checkEvent(Event e) {
        for (AgreementLink link : e.agreements()) {
            if (agreements.check(link.agreement(), problems)) {
                link.provision().ifPresent(p -> provision(link.agreement().id(), p));
            }
        }
        for (Claim c : e.claims()) {
            actors.check(c.claimant(), problems);
            if (sources.check(c.source(), problems)) cited.add(c.source().id());
            wholeCount(c);
        }
    }

    /** Units that measure rather than count: their figures may have decimals. */
    private static final java.util.regex.Pattern MEASURE = java.util.regex.Pattern.compile(
            "(?i).*\\b(km|kilomet(er|re)s?|mi|miles?|m|met(er|re)s?|percent|per cent|%|hours?|days?|weeks?|months?|years?"
                    + "|tonn?e?s|kg|kilograms?|usd|dollars?|euros?|million|billion)\\b.*|.*%.*");

    /**
     * A count of people or things with a fraction ({@code value: 1.5}, unit {@code killed}) is
     * almost always a typing slip, often a thousands point ({@code 1.250}): a warning at the claim,
     * since a measure (km, percent) may well have decimals.
     */
    private void wholeCount(Claim c) {
        if (MEASURE.matcher(c.unit()).matches()) return;
        for (java.math.BigDecimal v : List.of(c.min(), c.max())) {
            if (v.stripTrailingZeros().scale() > 0) {
                problems.warning(c.at(), "the claim counts " + v.toPlainString() + " " + c.unit() + ": a count of people"
                        + " or things is a whole number; check the figure (a unit of measure, such as km or percent,"
                        + " may have decimals)");
                return;
            }
        }
    }

    private void checkAgreement(Agreement a) {
        Set<String> seen = new HashSet<>();
        for (Provision p : a.provisions()) {
            if (!seen.add(p.id())) {
                problems.error(p.at(), "duplicate provision id '" + p.id() + "' in this agreement: ids must be unique");
            }
        }
        a.relations().forEach(r -> {
            agreements.check(r.agreement(), problems);
            if (r.agreement().id().equals(a.id())) {
                problems.error(r.agreement().at(), "an agreement cannot " + r.kind() + " itself");
            }
        });
    }

    private void provision(String agreement, Ref p) {
        Set<String> known = provisions.getOrDefault(agreement, Set.of());
        if (!known.contains(p.id()) && !content.unreadable().contains(agreement)) {
            problems.error(p.at(), "agreement '" + agreement + "' has no provision '" + p.id() + "'"
                    + DidYouMean.hint(p.id(), known) + "; its provisions: " + String.join(", ", known));
        }
    }

    /**
     * A title, name or summary that shows nothing (spaces, or invisible characters such as U+200B)
     * would publish an empty heading, feed title and search result.
     */
    private void visible(String text, SourcePosition at, String what) {
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL)) {
            problems.error(at, "the " + what + " is blank" + (text.isEmpty() ? "" : " (only spaces or invisible characters)")
                    + ": write what readers see in headings, lists and search results");
        }
    }

    private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    /**
     * A title, name or summary is plain text: a footnote in it was published as written, "[^x]" and
     * all, in the page, its description, the feed and search (issue 27). Its sources are the text's.
     */
    private void plain(String text, SourcePosition at, String what) {
        // Both patterns open with a bracket; most titles have none (this runs on every rebuild).
        if (text.indexOf('[') < 0) return;
        java.util.regex.Matcher m = FOOTNOTE.matcher(text);
        if (m.find()) {
            problems.error(at, "the " + what + " is plain text, where the footnote " + m.group() + " would be published"
                    + " as written: remove it, and cite the source in the text, whose footnotes are shown with the"
                    + " page (a " + what + " rests on the text's sources)");
            return;
        }
        java.util.regex.Matcher link = LINK.matcher(text);
        if (link.find()) {
            problems.error(at, "the " + what + " is plain text, where the link " + link.group() + " would be published"
                    + " as written: write '" + link.group(1) + "' without the link (the text below can link it)");
        }
    }

    /** A Markdown link, {@code [Sarmada](place:sarmada)}, published as written in a plain-text field. */
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");

    /** Footnotes of the current item meant as citations but mistyped (each reported with what to fix). */
    private int mistypedCitations;

    /** Five or more words in double quotation marks, on one line: a quotation, in a note that names no source. */
    private static final java.util.regex.Pattern QUOTATION = java.util.regex.Pattern.compile("[\"“][^\"”\\s]+(?:[ \\t]+[^\"”\\s]+){4,}[\"”]");

    /** The line of the text that holds the definition {@code d}. */
    private static String definitionLine(Markdown md, Ref d) {
        String start = "[^" + d.id() + "]:";
        for (String line : md.text().split("\n", -1)) {
            if (line.stripLeading().startsWith(start)) return line;
        }
        return "";
    }

    /**
     * Why {@code id} names no source, with the likely fix: an actor's or a place's id ("sohr" is the
     * monitor, its reports are sohr-2020-03-12 and the like), or a near miss.
     */
    private String notASource(String id) {
        for (ContentKind other : List.of(ContentKind.ACTOR, ContentKind.PLACE, ContentKind.TOPIC, ContentKind.AGREEMENT)) {
            if (ids(other).contains(id)) {
                List<String> theirs = sources.ids().stream().filter(s -> s.startsWith(id + "-")).limit(4).toList();
                return "'" + id + "' is the id of " + ("aeiou".indexOf(other.label().toLowerCase(java.util.Locale.ROOT).charAt(0)) >= 0 ? "an " : "a ")
                        + other.label().toLowerCase(java.util.Locale.ROOT) + ", not of a source: use the id of the source's file in"
                        + " content/sources/ (named outlet-date" + (theirs.isEmpty() ? ")" : ", such as " + String.join(", ", theirs) + ")");
            }
        }
        return "'" + id + "' is not a source id" + DidYouMean.hint(id, sources.ids()) + ": use the id of the source's file in"
                + " content/sources/ (or add " + ContentKind.SOURCE.newFileHint(id) + ")";
    }

    /** Checks a text's footnotes and links; returns how many sources it cites. */
    private int markdown(Markdown md) {
        Set<String> defined = md.definitions().stream().map(Ref::id).collect(Collectors.toSet());
        Set<String> used = md.footnotes().stream().map(Ref::id).collect(Collectors.toSet());
        int sourceCitations = 0;
        for (Ref f : md.footnotes()) {
            // [^sohr-2020-02-06:saraqib] cites sohr-2020-02-06 with a passage of its own
            String source = org.idlibchronicle.model.Quote.sourceOf(f.id());
            if (sources.contains(source)) {
                cited.add(source);
                sourceCitations++;
            } else if (f.id().startsWith(IdSet.PLACEHOLDER)) {
                mistypedCitations++;
                problems.error(f.at(), "footnote [^" + f.id() + "]: " + IdSet.placeholder(f.id(), ContentKind.SOURCE));
            } else if (!defined.contains(f.id()) && !content.unreadable().contains(f.id())) {
                mistypedCitations++;
                problems.error(f.at(), "footnote [^" + f.id() + "] is not a source id and has no definition"
                        + DidYouMean.hint(f.id(), sources.ids()) + ": add " + ContentKind.SOURCE.newFileHint(f.id())
                        + ", correct the label, or write the note on a line of its own below the text: [^" + f.id()
                        + "]: what the note says");
            }
        }
        for (Ref d : md.definitions()) {
            if (!used.contains(d.id())) {
                problems.error(d.at(), "footnote [^" + d.id() + "] is defined but never referenced in the text");
            }
            // A definition in quotation marks is a source's words: its label must name the source.
            // Taken for a note, a mistyped id (or an actor's, or the template's placeholder) published
            // the quote unattributed and unchecked.
            String source = org.idlibchronicle.model.Quote.sourceOf(d.id());
            if (sources.contains(source) || content.unreadable().contains(source) || d.id().startsWith(IdSet.PLACEHOLDER)) continue;
            if (md.quotes().containsKey(d.id())) {
                mistypedCitations++;
                problems.error(d.at(), "footnote [^" + d.id() + "] quotes a source's words, but " + notASource(source)
                        + "; a note of your own is written without quotation marks");
            } else if (QUOTATION.matcher(md.text()).results().anyMatch(m -> definitionLine(md, d).contains(m.group()))) {
                problems.warning(d.at(), "the note [^" + d.id() + "] quotes words in quotation marks but cites no source:"
                        + " if they are a source's, label the footnote with the source's id and give its words alone, in"
                        + " quotation marks, so that the build checks them");
            }
        }
        for (Ref link : md.links()) {
            itemLink(link);
        }
        return sourceCitations;
    }

    private void itemLink(Ref link) {
        String target = link.id();
        java.util.Optional<ItemLink> parsed = ItemLink.parse(target);
        if (parsed.isEmpty()) {
            String why = target.startsWith("image:") ? "images are not accepted in content"
                    : target.toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")
                            ? "javascript: links are not allowed"
                            : "links must be item links (place:saraqib, actor:hts, event:<id>, agreement:<id>,"
                                    + " source:<id>) or http(s) web addresses";
            problems.error(link.at(), "link '" + target + "' rejected: " + why);
            return;
        }
        ItemLink item = parsed.get();
        String id = item.id();
        boolean ok = ids(item.kind()).check(new Ref(id, link.at()), problems);
        if (ok && item.kind() == ContentKind.AGREEMENT && !item.anchor().isEmpty()) {
            provision(id, new Ref(item.anchor(), link.at()));
        }
        if (ok && item.kind() == ContentKind.SOURCE) cited.add(id);
    }

    /** An id that names one of the site's own pages or folders would put the item's page over it. */
    private void reserved(Item item, ContentKind kind) {
        if (ContentKind.RESERVED_IDS.contains(item.id())) {
            problems.error(item.origin(), kind.key() + " id '" + item.id() + "' is reserved for the site's own"
                    + " pages (" + String.join(", ", new TreeSet<>(ContentKind.RESERVED_IDS)) + "): rename the file,"
                    + " e.g. to " + item.id() + "-" + kind.key());
        }
    }

    private IdSet ids(ContentKind kind) {
        return idSets.get(kind);
    }

    private <T> void duplicates(List<T> items, Function<T, String> id, Function<T, SourcePosition> at, String kind) {
        Map<String, T> first = new HashMap<>();
        for (T item : items) {
            T prev = first.putIfAbsent(id.apply(item), item);
            if (prev != null) {
                problems.error(at.apply(item), "duplicate " + kind + " id '" + id.apply(item) + "', also defined in "
                        + at.apply(prev).path() + ": keep one of the two files");
            }
        }
    }

    private static <T> Set<String> ids(Collection<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }
}
