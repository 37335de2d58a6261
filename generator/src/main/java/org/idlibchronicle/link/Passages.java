package org.idlibchronicle.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.SourceDocument;
import org.idlibchronicle.quote.Citations;
import org.idlibchronicle.quote.DocumentText;
import org.idlibchronicle.quote.Library;
import org.idlibchronicle.text.PassageIndex;
import org.idlibchronicle.text.PassageTokens;

/**
 * The passages of each document that the record quotes, each tied to the pages whose statements
 * rest on it: a note links its passage (on the document's own page, and in the document at its
 * address by a text fragment), and a document's page marks each passage and links back.
 */
public final class Passages {
    /**
     * One quoted passage. {@code from} and {@code to} are its place in the archived text (characters),
     * -1 for a document whose text is not archived; {@code anchor} is its id on the document's page;
     * {@code textFragment} the {@code #:~:text=} directive that finds it at the document's address,
     * empty when the document has none.
     */
    public record Passage(String document, String anchor, String quote, int from, int to, String textFragment,
                          List<Citation> usedBy) {}

    private final Map<String, SourceDocument> documents;
    private final Map<String, List<Passage>> byDocument;
    private final Map<String, Passage> byKey;
    private final Map<String, String> documentOfSource;
    /** The passages as made from the texts (without their uses), in the order of {@link #byKey}. */
    private final List<Passage> made;

    private Passages(Map<String, SourceDocument> documents, Map<String, List<Passage>> byDocument,
                     Map<String, Passage> byKey, Map<String, String> documentOfSource, List<Passage> made) {
        this.documents = documents;
        this.byDocument = byDocument;
        this.byKey = byKey;
        this.documentOfSource = documentOfSource;
        this.made = made;
    }

    public static Passages of(Content content, Library library) {
        Map<String, String> documentOfSource = new TreeMap<>();
        content.sources().forEach(s -> library.documentOf(s.id()).ifPresent(d -> documentOfSource.put(s.id(), d.id())));
        Map<String, Passage> byKey = new LinkedHashMap<>();
        Map<String, Set<Citation>> uses = new HashMap<>();
        for (Citations.Cited c : Citations.of(content, library)) {
            if (c.quote().isEmpty()) continue;
            String doc = documentOfSource.get(c.source());
            Optional<DocumentText> text = doc == null ? Optional.empty() : library.text(doc);
            if (text.isEmpty()) continue;
            String quote = c.quote().get().text();
            Optional<PassageIndex.Span> span = text.get().find(quote);
            if (span.isEmpty()) continue; // the check stage has reported it
            String key = doc + "\u0000" + text.get().normalised(quote);
            Passage p = byKey.get(key);
            if (p == null) {
                DocumentText t = text.get();
                p = MADE.computeIfAbsent(t, x -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(
                        // The quote as written, not only its normalised key: the passage shows it as written.
                        key + "\u0001" + quote, k -> t.archived() ? archived(t, span.get(), quote) : notArchived(doc, quote, t.normalised(quote)));
                byKey.put(key, p);
            }
            uses.computeIfAbsent(key, k -> new LinkedHashSet<>())
                    .add(new Citation(c.kind().key(), c.item().label(), c.kind().pagePath(c.item().id())));
        }
        Map<String, List<Passage>> byDocument = new TreeMap<>();
        Map<String, Passage> withUses = new HashMap<>();
        byKey.forEach((k, p) -> {
            Passage full = new Passage(p.document(), p.anchor(), p.quote(), p.from(), p.to(), p.textFragment(),
                    List.copyOf(uses.get(k)));
            withUses.put(k, full);
            byDocument.computeIfAbsent(p.document(), d -> new ArrayList<>()).add(full);
        });
        // In the order of the text (archived), else in the order the record first quotes them.
        byDocument.values().forEach(list -> list.sort(Comparator.comparingInt(Passage::from)));
        Map<String, SourceDocument> documents = new TreeMap<>(library.documents());
        return new Passages(documents, byDocument, withUses, documentOfSource, List.copyOf(byKey.values()));
    }

    /**
     * The passages made of each document's text, by key, remembered by the text itself (held weakly,
     * compared by identity): a passage is a function of the text and the quote, and the load cache
     * keeps the text of an unchanged document, so a rebuild makes only the passages of new quotes
     * (their text fragments were a third of the link stage's time on every edit).
     */
    private static final Map<DocumentText, Map<String, Passage>> MADE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static Passage archived(DocumentText text, PassageIndex.Span span, String quote) {
        PassageTokens t = text.tokens();
        String fragment = text.document().url().isPresent() ? textFragment(t, span) : "";
        return new Passage(text.document().id(), "w" + span.from() + "-" + span.to(), quote, t.start(span.from()),
                t.end(span.to() - 1), fragment, List.of());
    }

    private static Passage notArchived(String doc, String quote, String tokens) {
        String hash = Integer.toHexString(tokens.hashCode() & 0x7fffffff);
        return new Passage(doc, "q" + hash, quote, -1, -1, "", List.of());
    }

    /**
     * A text directive ({@code :~:text=start,end}) that finds the passage in the document as its
     * address serves it: the passage's first and last words as the archived text has them, each
     * piece stopping short of a reference marker (a page shows "[54]" where the archive may differ).
     * A passage of a few words is given whole.
     */
    static String textFragment(PassageTokens t, PassageIndex.Span span) {
        int n = span.to() - span.from();
        String whole = t.original(span.from(), span.to());
        if (n <= 12 && !whole.contains("[")) return ":~:text=" + encode(whole);
        int startEnd = span.from();
        for (int i = span.from(); i < span.to() && i < span.from() + 6; i++) {
            if (t.original(span.from(), i + 1).contains("[")) break;
            startEnd = i + 1;
        }
        int endStart = span.to();
        for (int i = span.to() - 1; i >= span.from() && i >= span.to() - 6; i--) {
            if (t.original(i, span.to()).contains("[")) break;
            endStart = i;
        }
        if (startEnd == span.from() || endStart == span.to() || endStart < startEnd) {
            return ":~:text=" + encode(t.original(span.from(), Math.max(startEnd, span.from() + 1)));
        }
        return ":~:text=" + encode(t.original(span.from(), startEnd)) + "," + encode(t.original(endStart, span.to()));
    }

    /** Percent-encodes a piece of a text directive: '-', ',' and '&' have meanings there and are encoded too. */
    static String encode(String piece) {
        return URLEncoder.encode(piece.replaceAll("\\s+", " "), StandardCharsets.UTF_8)
                .replace("+", "%20").replace("-", "%2D").replace("*", "%2A");
    }

    private static String key(String document, String quote) {
        return document + "\u0000" + String.join(" ", PassageTokens.of(quote).tokens());
    }

    /**
     * What a note needs of the passages: which document each source was read in, and each passage's
     * anchor and text fragment, but not which pages use it. Pages show it through the directory, so
     * it is a value: an edit that changes no quote leaves it equal, and no page is made again for it.
     */
    public record Anchors(Map<String, String> documentOfSource, Map<String, SourceDocument> documents,
                          Map<String, Anchor> byKey) {
        public record Anchor(String anchor, String textFragment) {}

        /** The anchor of the passage a citation of {@code source} quoting {@code quote} rests on. */
        public Optional<Anchor> find(String source, String quote) {
            String doc = documentOfSource.get(source);
            return doc == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(doc, quote)));
        }

        /** The document a source was read in. */
        public Optional<SourceDocument> documentOf(String source) {
            return Optional.ofNullable(documentOfSource.get(source)).map(documents::get);
        }
    }

    public Anchors anchors() {
        synchronized (Passages.class) {
            if (lastAnchors != null && sameObjects(made, lastMade) && lastAnchors.documentOfSource().equals(documentOfSource)
                    && lastAnchors.documents().equals(documents)) {
                return lastAnchors;
            }
            Map<String, Anchors.Anchor> anchors = new TreeMap<>();
            byKey.forEach((k, p) -> anchors.put(k, new Anchors.Anchor(p.anchor(), p.textFragment())));
            lastAnchors = new Anchors(Map.copyOf(documentOfSource), Map.copyOf(documents), Map.copyOf(anchors));
            lastMade = made;
            return lastAnchors;
        }
    }

    /**
     * The anchors last made, and the passages they were made of: while a rebuild's passages are the
     * very same objects ({@link #MADE} hands back a passage for an unchanged text and quote), its
     * anchors are the last build's object, so that comparing the directory with the last build's
     * stops at an identity check (making them took a quarter of an edit's plan stage, and comparing them most of the render stage's look for what changed).
     */
    private static Anchors lastAnchors;
    private static List<Passage> lastMade;

    private static boolean sameObjects(List<Passage> a, List<Passage> b) {
        if (b == null || a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) return false;
        }
        return true;
    }

    /** The passage a citation of {@code source} quoting {@code quote} rests on. */
    public Optional<Passage> find(String source, String quote) {
        String doc = documentOfSource.get(source);
        return doc == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(doc, quote)));
    }

    /** The document a source was read in. */
    public Optional<SourceDocument> documentOf(String source) {
        return Optional.ofNullable(documentOfSource.get(source)).map(documents::get);
    }

    /** The quoted passages of a document, in the order of its text. */
    public List<Passage> of(String document) {
        return byDocument.getOrDefault(document, List.of());
    }

    public Map<String, SourceDocument> documents() {
        return documents;
    }
}
