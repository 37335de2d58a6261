package org.idlibchronicle.model;

import org.idlibchronicle.diag.SourcePosition;

/**
 * The words of a document that a citation rests on, as the contributor wrote them: verbatim, to be
 * found in the document the cited source was read in. {@code note} is anything written after the
 * closing quote mark (a locator, a remark), empty for none; {@code at} is where the quoted words
 * begin in their file, so a quote that is not in its document is reported there.
 */
public record Quote(String text, String note, SourcePosition at) {

    /**
     * The quote of a footnote definition's text: the words between its opening quote mark (its first
     * character) and its last closing one; what follows is the note. Empty when the text does not
     * open with a quote mark (an explanatory note, or a citation still without its words).
     *
     * @param text the definition after {@code [^label]:}
     * @param at   where {@code text} begins in its file
     */
    public static java.util.Optional<Quote> parse(String text, SourcePosition at) {
        String t = text.strip();
        int lead = text.length() - text.stripLeading().length();
        if (t.isEmpty() || t.charAt(0) != '"' && t.charAt(0) != '\u201C') return java.util.Optional.empty();
        int close = Math.max(t.lastIndexOf('"'), t.lastIndexOf('\u201D'));
        if (close <= 0) return java.util.Optional.empty();
        String words = t.substring(1, close).replaceAll("\\s+", " ").strip();
        String note = t.substring(close + 1).replaceAll("\\s+", " ").strip();
        return java.util.Optional.of(new Quote(words, note, at.atLine(at.line(), at.column() + lead + 1)));
    }

    /** The label's source: {@code sohr-2020-02-06} of {@code [^sohr-2020-02-06:saraqib]}. */
    public static String sourceOf(String footnoteLabel) {
        int colon = footnoteLabel.indexOf(':');
        return colon < 0 ? footnoteLabel : footnoteLabel.substring(0, colon);
    }
}
