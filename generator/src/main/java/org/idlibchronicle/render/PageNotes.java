package org.idlibchronicle.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered notes of one page. Notes are numbered in order of first reference across all
 * the texts on the page; a label referenced several times is one note with several back-links.
 */
public final class PageNotes {
    private final Map<String, Note> byLabel = new LinkedHashMap<>();

    /** One note: its number, label, the back-link anchors of its references, and any written text. */
    public static final class Note {
        private final int number;
        private final String label;
        private final List<String> refAnchors = new ArrayList<>();
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
    }

    /** Records a reference and returns its note, with the anchor for this reference appended last. */
    public Note reference(String label) {
        Note n = byLabel.computeIfAbsent(label, l -> new Note(byLabel.size() + 1, l));
        n.refAnchors.add("fnref-" + n.number + (n.refAnchors.isEmpty() ? "" : "-" + (n.refAnchors.size() + 1)));
        return n;
    }

    /** A footnote definition's rendered text; the first definition of a label wins. */
    public void define(String label, String html) {
        Note n = byLabel.get(label);
        if (n != null && n.definitionHtml.isEmpty()) n.definitionHtml = html;
    }

    public List<Note> notes() {
        return List.copyOf(byLabel.values());
    }
}
