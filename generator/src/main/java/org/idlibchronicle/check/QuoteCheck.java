package org.idlibchronicle.check;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Quote;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.quote.Citations;
import org.idlibchronicle.quote.DocumentText;
import org.idlibchronicle.quote.Library;
import org.idlibchronicle.text.PassageTokens;

/**
 * Proves that every citation rests on words its document holds: each quote must occur, token for
 * token ({@link PassageTokens}), in the document its source was read in. A quote that does not is
 * reported where it is written, with the passage it is most likely a slip of, or with the document
 * it was really taken from. A citation without a quote is an error when the site requires quotes
 * ({@code quotes: required} in site.yaml, the default).
 */
public final class QuoteCheck {
    private final Content content;
    private final Library library;
    private final Problems problems;
    private final boolean required;

    /**
     * How many citations the record has, how many of them have a quote found in its document, and how
     * many titles and summaries state as fact what their quote attributes ({@link AttributionLint}).
     */
    public record Count(int citations, int found, int flattened) {}

    /** @param library the content's documents, which the link stage reads again (built once, here or by the caller) */
    public QuoteCheck(Content content, Library library, boolean required, Problems problems) {
        this.content = content;
        this.library = library;
        this.required = required;
        this.problems = problems;
    }

    public Count run() {
        documents();
        List<Citations.Cited> all = Citations.of(content, library);
        int found = 0;
        for (Citations.Cited c : all) {
            Optional<SourceDocument> document = library.documentOf(c.source());
            if (c.quote().isEmpty()) {
                if (required) {
                    problems.error(c.at(), "citation [^" + c.label() + "] has no quote: "
                            + (c.claim() ? "add quote: '...' to the claim, with"
                            : "add a line [^" + c.label() + "]: \"...\" after the paragraph, holding")
                            + " the words of " + document.map(d -> "'" + d.title() + "'").orElse("its document")
                            + " that this statement rests on, verbatim");
                }
                continue;
            }
            Quote q = c.quote().get();
            if (document.isEmpty()) {
                problems.error(q.at(), "source '" + c.source() + "' is read in no document, so its quote cannot be"
                        + " checked: give the source 'via: <source id of the document it was read in>', or, if it is"
                        + " a document itself, 'document: <id of content/documents/>'");
                continue;
            }
            Optional<DocumentText> text = library.text(document.get().id());
            int words = text.map(t -> t.words(q.text())).orElseGet(() -> PassageTokens.of(q.text()).words());
            if (words < DocumentText.MIN_WORDS) {
                problems.error(q.at(), "quote \"" + q.text() + "\" is too short to say which passage it is: quote at"
                        + " least " + DocumentText.MIN_WORDS + " words, the clause that carries the statement");
                continue;
            }
            if (text.isEmpty()) continue; // reported with the document
            if (text.get().find(q.text()).isPresent()) {
                found++;
                continue;
            }
            problems.error(q.at(), "quote not found in '" + document.get().title() + "', the document '" + c.source()
                    + "' is read in" + elsewhere(document.get(), q.text())
                    .orElseGet(() -> text.get().notFoundHint(q.text()) + "; copy the document's words exactly"));
        }
        return new Count(all.size(), found, AttributionLint.run(content.events(), problems));
    }

    /** The other document the words were taken from, if one holds them: the citation names the wrong source. */
    private Optional<String> elsewhere(SourceDocument cited, String quote) {
        for (SourceDocument other : library.documents().values()) {
            if (other.id().equals(cited.id())) continue;
            Optional<DocumentText> t = library.text(other.id());
            if (t.isPresent() && t.get().find(quote).isPresent()) {
                return Optional.of("; these words are in '" + other.title() + "' (content/documents/" + other.id()
                        + ".yaml): cite the source read in that document, or quote '" + cited.title() + "'");
            }
        }
        return Optional.empty();
    }

    /** Each document holds exactly one of its text and its fingerprints, and publishes a text only when its licence allows. */
    private void documents() {
        for (SourceDocument d : content.documents()) {
            if (d.text().isPresent() == d.digests().isPresent()) {
                problems.error(d.origin(), "document '" + d.id() + "' needs exactly one of 'text' (the archived"
                        + " text, where its licence allows) and 'digests' (fingerprints, where it does not)");
            } else if (d.text().isPresent() && d.licence().equals("unknown")) {
                problems.error(d.origin(), "document '" + d.id() + "' has licence 'unknown', so its text may not be"
                        + " republished: replace 'text' with 'digests' (run org.idlibchronicle.text.PassageDigests on"
                        + " the text)");
            } else if (d.digests().isPresent() && library.text(d.id()).isEmpty()) {
                problems.error(d.origin(), "document '" + d.id() + "': 'digests' is not the output of"
                        + " org.idlibchronicle.text.PassageDigests: make it again from the text");
            }
        }
    }
}
