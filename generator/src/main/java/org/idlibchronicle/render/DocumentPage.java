package org.idlibchronicle.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.idlibchronicle.link.Passages.Passage;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.text.Dates;

/**
 * A document's page: its archived text, each line a paragraph, with every passage the record quotes
 * marked ({@code <mark id="w12-20">}, the anchor notes link to) and followed by its number in the
 * list of quoted passages, which names the pages resting on each.
 */
public final class DocumentPage {
    private DocumentPage() {}

    /** The page of {@code d}, with {@code passages}, the passages of it the record quotes, in the order of its text. */
    public static Views.DocumentPage build(SourceDocument d, List<Passage> quoted, ViewBuilder v) {
        List<Views.QuotedPassage> passages = new ArrayList<>();
        int number = 1;
        for (Passage p : quoted) {
            List<Views.Link> used = p.usedBy().stream().map(c -> new Views.Link(c.title(), v.href(c.page()))).toList();
            String fragment = d.url().filter(u -> !p.textFragment().isEmpty()).map(u -> u + "#" + p.textFragment()).orElse("");
            passages.add(new Views.QuotedPassage(number++, p.anchor(), p.quote(), fragment, used));
        }
        return new Views.DocumentPage(d.title(), d.publisher(), d.author().orElse(""),
                d.date().map(Dates::partial).orElse(""), d.url().orElse(""), licence(d.licence()), d.attribution(),
                d.revision(), d.note(), d.text().isPresent(), d.text().map(t -> marked(t, quoted)).orElse(""),
                passages);
    }

    private static String licence(String key) {
        return switch (key) {
            case "cc-by-sa-4.0" -> "CC BY-SA 4.0";
            case "public-domain" -> "Public domain";
            default -> "Not known: the text is not republished here";
        };
    }

    /**
     * The text as paragraphs (one per line), each quoted passage marked and numbered. One pass over
     * the text and the passages' ends: a document quoted in hundreds of places was marked by going
     * through every passage for every piece of text, a third of a rebuild's render time.
     */
    static String marked(String text, List<Passage> passages) {
        return MARKED.get(new Marking(text, passages.stream().map(p -> new Mark(p.from(), p.to(), p.anchor())).toList()),
                m -> marking(text, passages));
    }

    /** What the marking of a text depends on: the text, and each passage's place and anchor (not the pages using it). */
    private record Marking(String text, List<Mark> marks) {}

    private record Mark(int from, int to, String anchor) {}

    /** The texts last marked: an edit elsewhere remakes a document's page with its passages where they were. */
    private static final org.idlibchronicle.concurrent.RecentResults<Marking, String> MARKED =
            new org.idlibchronicle.concurrent.RecentResults<>(32);

    private static String marking(String text, List<Passage> passages) {
        TreeSet<Integer> cuts = new TreeSet<>();
        Map<Integer, List<Passage>> starting = new HashMap<>();
        Map<Integer, List<Integer>> ending = new HashMap<>();
        // How many passages cover a position: +1 where one starts, -1 where it ends, summed up to it.
        TreeMap<Integer, Integer> coverChange = new TreeMap<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            cuts.add(p.from());
            cuts.add(p.to());
            starting.computeIfAbsent(p.from(), k -> new ArrayList<>()).add(p);
            ending.computeIfAbsent(p.to(), k -> new ArrayList<>()).add(i);
            if (p.from() < p.to()) {
                coverChange.merge(p.from(), 1, Integer::sum);
                coverChange.merge(p.to(), -1, Integer::sum);
            }
        }
        Iterator<Map.Entry<Integer, Integer>> changes = coverChange.entrySet().iterator();
        Map.Entry<Integer, Integer> nextChange = changes.hasNext() ? changes.next() : null;
        int covering = 0;
        StringBuilder html = new StringBuilder();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (lineEnd > lineStart && !text.substring(lineStart, lineEnd).isBlank()) {
                html.append("<p>");
                int at = lineStart;
                while (at < lineEnd) {
                    Integer next = cuts.higher(at);
                    int end = next == null ? lineEnd : Math.min(next, lineEnd);
                    // Pieces come in the order of the text: take in the changes up to this one's start.
                    while (nextChange != null && nextChange.getKey() <= at) {
                        covering += nextChange.getValue();
                        nextChange = changes.hasNext() ? changes.next() : null;
                    }
                    segment(html, text, at, end, covering > 0, starting.getOrDefault(at, List.of()),
                            ending.getOrDefault(end, List.of()), passages);
                    at = end;
                }
                html.append("</p>\n");
            }
            lineStart = lineEnd + 1;
        }
        return html.toString();
    }

    /**
     * One piece of a line, between two passage ends: marked when a passage covers it, the first
     * passage starting here giving the mark its id (others an empty target before it), and followed
     * by the number of each passage ending here ({@code endingHere}: their places in {@code passages}).
     */
    private static void segment(StringBuilder html, String text, int from, int to, boolean covered,
                                List<Passage> startingHere, List<Integer> endingHere, List<Passage> passages) {
        String id = null;
        for (Passage p : startingHere) {
            if (id == null) {
                id = p.anchor();
            } else {
                html.append("<span id=\"").append(p.anchor()).append("\"></span>");
            }
        }
        if (covered) {
            html.append("<mark class=\"passage\"").append(id == null ? "" : " id=\"" + id + "\"").append('>');
        }
        html.append(HtmlText.escape(text.substring(from, to)));
        if (covered) html.append("</mark>");
        for (int i : endingHere) {
            html.append("<a class=\"uses-link\" href=\"#uses-").append(passages.get(i).anchor())
                    .append("\" aria-label=\"Quoted passage ").append(i + 1)
                    .append(": where the record uses it\"><sup>").append(i + 1).append("</sup></a>");
        }
    }
}
