package org.idlibchronicle.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.model.Quote;

/**
 * The numbered notes of one page. Notes are numbered in order of first reference across all the
 * texts on the page. A source is one note, however often and under whichever labels it is cited
 * ({@code [^sohr-2020-02-06]}, {@code [^sohr-2020-02-06:saraqib]}, a claim): each passage quoted
 * from it is listed in the note with the back-links of the references resting on it.
 */
public final class PageNotes {
    private final Map<String, Note> byLabel = new LinkedHashMap<>();
    /** The quotes of the text being rendered, by footnote label. */
    private Map<String, Quote> quotes = Map.of();

    /** One passage of a note: the quoted words (none for a citation without a quote) and the references resting on them. */
    public static final class Passage {
        private final Optional<Quote> quote;
        private final List<String> refAnchors = new ArrayList<>();

        Passage(Optional<Quote> quote) {
            this.quote = quote;
        }

        public Optional<Quote> quote() {
            return quote;
        }

        public List<String> refAnchors() {
            return List.copyOf(refAnchors);
        }
    }

    /** One note: its number, label (the source id, or an explanatory note's label), its passages, and any written text. */
    public static final class Note {
        private final int number;
        private final String label;
        private final List<String> refAnchors = new ArrayList<>();
        private final Map<String, Passage> passages = new LinkedHashMap<>();
        private String definitionHtml = "";

        Note(int number, String label) {
            this.number = number;
            this.label = label;
        }

        public int number() {
            return number;
        }

        public String label() {
            return label;
        }

        public String anchor() {
            return "fn-" + number;
        }

        public List<String> refAnchors() {
            return List.copyOf(refAnchors);
        }

        /** The anchor of the latest reference, without copying them all (a page may cite one note thousands of times). */
        public String lastRefAnchor() {
            return refAnchors.get(refAnchors.size() - 1);
        }

        public String definitionHtml() {
            return definitionHtml;
        }

        /** The passages quoted from this note's source, in order of first reference. */
        public List<Passage> passages() {
            return List.copyOf(passages.values());
        }
    }

    /** The quotes of the text about to be rendered: its references are looked up in them. */
    void quoting(Map<String, Quote> textQuotes) {
        this.quotes = textQuotes;
    }

    /** Records a reference by footnote label and returns its note, with the anchor for this reference appended last. */
    public Note reference(String label) {
        return reference(Quote.sourceOf(label), Optional.ofNullable(quotes.get(label)));
    }

    /** Records a reference to {@code source} resting on {@code quote} (a claim's). */
    public Note reference(String source, Optional<Quote> quote) {
        Note n = byLabel.computeIfAbsent(source, l -> new Note(byLabel.size() + 1, l));
        String anchor = "fnref-" + n.number + (n.refAnchors.isEmpty() ? "" : "-" + (n.refAnchors.size() + 1));
        n.refAnchors.add(anchor);
        String key = quote.map(q -> q.text() + "\u0000" + q.note()).orElse("");
        n.passages.computeIfAbsent(key, k -> new Passage(quote)).refAnchors.add(anchor);
        return n;
    }

    /**
     * A footnote definition's rendered text; the first definition of a label wins. A definition that
     * holds a quote is shown as its passage instead (the quote with its note), not as text.
     */
    public void define(String label, String html) {
        if (quotes.containsKey(label)) return;
        Note n = byLabel.get(Quote.sourceOf(label));
        if (n != null && n.definitionHtml.isEmpty()) n.definitionHtml = html;
    }

    public List<Note> notes() {
        return List.copyOf(byLabel.values());
    }
}
