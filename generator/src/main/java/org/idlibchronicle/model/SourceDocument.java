package org.idlibchronicle.model;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * A document the record is read in: an article, a web text, a news report. Every quote of a
 * citation is checked against the document its source was read in. Where the licence lets us,
 * {@code text} archives the document's full text, which its page shows with every quoted passage
 * marked; where it does not (no known author or licence), {@code digests} hold only fingerprints of
 * its word sequences ({@code text/PassageDigests}), enough for any clone to verify a quote without
 * republishing the text.
 *
 * @param licence     {@code cc-by-sa-4.0}, {@code public-domain} or {@code unknown}
 * @param attribution what reuse of the text must say (authors, licence), shown with the archived text
 * @param revision    which version was read, as far as it is known ("not known" is an answer)
 */
public record SourceDocument(String id, SourcePosition origin, String title, String publisher,
                             Optional<String> author, Optional<String> date, Optional<String> url, String licence,
                             String attribution, String revision, String note, Optional<String> text,
                             Optional<String> digests) implements Item {

    @Override
    public String label() {
        return title;
    }

    /** A document's fields are plain text: it cites nothing. */
    @Override
    public List<Markdown> texts() {
        return List.of();
    }
}
