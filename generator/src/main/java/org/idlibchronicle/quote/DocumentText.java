package org.idlibchronicle.quote;

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
        PassageTokens q = PassageTokens.of(quote);
        if (index != null) return index.find(q);
        return digests.find(q).map(at -> new PassageIndex.Span(at, at + q.size()));
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
