package org.idlibchronicle.quote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.text.PassageDigests;
import org.idlibchronicle.text.PassageIndex;
import org.idlibchronicle.text.PassageTokens;

/**
 * One document as quotes are compared with it: its archived text, or, for a text that may not be
 * republished, the fingerprints of its word sequences.
 */
public final class DocumentText {
    /** A quote must have at least this many words to say which passage it is. */
    public static final int MIN_WORDS = 3;

    private final SourceDocument document;
    private final PassageIndex index;
    private final PassageDigests digests;
    /**
     * Each quote looked for, with what was found: the check stage and the link stage both look for
     * every quote, and the dev server keeps a document's text from one rebuild to the next
     * ({@link Library#reusing}), so that an edit does not search the documents for every quote
     * again (a fifth of a rebuild's time on the real record). One entry per distinct quote.
     */
    private final Map<String, Sought> sought = new ConcurrentHashMap<>();

    /** A quote as compared with the document: its words, its tokens joined, and where it is, if it is. */
    private record Sought(int words, String normalised, Optional<PassageIndex.Span> span) {}

    private DocumentText(SourceDocument document, PassageIndex index, PassageDigests digests) {
        this.document = document;
        this.index = index;
        this.digests = digests;
    }

    /** The document's text or fingerprints; empty when it has neither in a readable form (the check reports it). */
    public static Optional<DocumentText> of(SourceDocument d) {
        if (d.text().isPresent()) return Optional.of(new DocumentText(d, new PassageIndex(d.text().get()), null));
        return d.digests().flatMap(PassageDigests::parse).map(p -> new DocumentText(d, null, p));
    }

    public SourceDocument document() {
        return document;
    }

    /** Whether the full text is archived (and shown on the document's page). */
    public boolean archived() {
        return index != null;
    }

    /** The archived text's tokens; only for an archived document. */
    public PassageTokens tokens() {
        return index.text();
    }

    /**
     * Where the quote is in the document: for an archived text the span of its tokens there; for
     * fingerprints a span that only says it was found (its first token's index, and the quote's length).
     */
    public Optional<PassageIndex.Span> find(String quote) {
        return sought(quote).span();
    }

    /** How many words the quote has ({@link PassageTokens#words}). */
    public int words(String quote) {
        return sought(quote).words();
    }

    /** The quote's tokens joined by spaces: two quotes that differ only where quotes may differ are one. */
    public String normalised(String quote) {
        return sought(quote).normalised();
    }

    private Sought sought(String quote) {
        return sought.computeIfAbsent(quote, text -> {
            PassageTokens q = PassageTokens.of(text);
            Optional<PassageIndex.Span> span = index != null ? index.find(q)
                    : digests.find(q).map(at -> new PassageIndex.Span(at, at + q.size()));
            return new Sought(q.words(), String.join(" ", q.tokens()), span);
        });
    }

    /** Why the quote is not found, with the passage it is most likely a slip of: for the error message. */
    public String notFoundHint(String quote) {
        PassageTokens q = PassageTokens.of(quote);
        if (index != null) {
            return index.nearest(q)
                    .map(s -> "; nearest passage: \"" + oneLine(index.text().original(s.from(), s.to())) + "\"")
                    .orElse("; no passage of it shares these words");
        }
        if (q.size() < PassageDigests.N) {
            return "; its text is not archived, only fingerprints of each " + PassageDigests.N
                    + " words in a row, so quote at least " + PassageDigests.N + " words";
        }
        return digests.longestFound(q)
                .map(s -> "; its text is not archived, and the longest part of the quote found in it is \""
                        + oneLine(q.original(s.from(), Math.min(s.to(), q.size()))) + "\"")
                .orElse("; its text is not archived, and no " + PassageDigests.N + " words in a row of the quote are in it");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
