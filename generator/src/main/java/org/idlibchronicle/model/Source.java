package org.idlibchronicle.model;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * An entry of the bibliography. Only what the seed documents give is filled in; {@code via}
 * names the document the report was read in, so a reader knows how directly we know it; {@code dateNote}
 * says how a date the document does not give was inferred. {@code document} is set on a source that
 * is itself a document the record reads: its entry in {@code content/documents/}.
 */
public record Source(String id, SourcePosition origin, String outlet, String kind, Optional<String> date,
                     Optional<String> dateNote,
                     Optional<String> author, Optional<String> title, Optional<String> url,
                     @RefersTo(Source.class) Optional<Ref> via,
                     @RefersTo(SourceDocument.class) Optional<Ref> document, String note) implements Item {

    @Override
    public String label() {
        return outlet;
    }

    /** A source's fields are plain text: it cites nothing. */
    @Override
    public List<Markdown> texts() {
        return List.of();
    }
}
