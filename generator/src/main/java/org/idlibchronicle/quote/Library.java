package org.idlibchronicle.quote;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.model.SourceDocument;

/**
 * The documents of the record and which one each source was read in: a source that is a document
 * names it ({@code document:}); a report read in another source ({@code via:}) was read in that
 * source's document.
 */
public final class Library {
    private final Map<String, Source> sources = new TreeMap<>();
    private final Map<String, SourceDocument> documents = new TreeMap<>();
    private final Map<String, DocumentText> texts = new TreeMap<>();

    public Library(Content content) {
        this(content, Map.of());
    }

    private Library(Content content, Map<String, DocumentText> earlier) {
        content.sources().forEach(s -> sources.put(s.id(), s));
        for (SourceDocument d : content.documents()) {
            documents.put(d.id(), d);
            DocumentText kept = earlier.get(d.id());
            if (kept != null && kept.document() == d) {
                texts.put(d.id(), kept);
            } else {
                DocumentText.of(d).ifPresent(t -> texts.put(d.id(), t));
            }
        }
    }

    /**
     * The library of {@code content}, keeping the texts of {@code earlier} (null for none) whose
     * document is the very record it was made from: the dev server's load cache hands back the same
     * record for an unchanged file, so a rebuild neither indexes an unchanged document again nor
     * looks again for the quotes it found in it.
     */
    public static Library reusing(Content content, Library earlier) {
        return new Library(content, earlier == null ? Map.of() : earlier.texts);
    }

    /** The document the source was read in, following {@code via} (a loop of vias leads nowhere). */
    public Optional<SourceDocument> documentOf(String sourceId) {
        Set<String> seen = new HashSet<>();
        Source s = sources.get(sourceId);
        while (s != null && seen.add(s.id())) {
            if (s.document().isPresent()) return Optional.ofNullable(documents.get(s.document().get().id()));
            s = s.via().map(v -> sources.get(v.id())).orElse(null);
        }
        return Optional.empty();
    }

    public Optional<DocumentText> text(String documentId) {
        return Optional.ofNullable(texts.get(documentId));
    }

    public Map<String, SourceDocument> documents() {
        return documents;
    }

    public boolean isSource(String id) {
        return sources.containsKey(id);
    }
}
