package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.link.Citation;
import org.junit.jupiter.api.Test;

/**
 * Issue 29: a bibliography entry's result says what it supports (the pages citing it), and those
 * pages' titles are shown, not searched: a citation must not be found by the words of the pages
 * that cite it, which are found themselves.
 */
class SourceEntryCardTest {
    @Test
    void anEntrysExcerptNamesThePagesCitingIt() {
        List<Citation> citing = List.of(new Citation("event", "Saraqib captured", "events/2020/a.html"),
                new Citation("place", "Saraqib", "places/saraqib.html"),
                new Citation("event", "Saraqib encircled", "events/2020/b.html"),
                new Citation("event", "Saraqib isolated", "events/2020/c.html"));
        assertEquals("SOHR · 2020-02-07. Cited on: Saraqib captured; Saraqib; and 2 more pages",
                SearchDocuments.supports("SOHR · 2020-02-07", citing));
        assertEquals("SOHR. Cited on: Saraqib captured; Saraqib; and 1 more page",
                SearchDocuments.supports("SOHR", citing.subList(0, 3)));
        assertEquals("SOHR. Cited on: Saraqib captured", SearchDocuments.supports("SOHR", citing.subList(0, 1)));
        assertEquals("SOHR", SearchDocuments.supports("SOHR", List.of()), "an entry cited nowhere says nothing more");
    }

    @Test
    void theCardShowsTheExcerptButItsWordsAreNotSearched() {
        List<SearchDocument> docs = List.of(
                new SearchDocument("event", 2020, "2020-02-07", "events/e.html", "Saraqib captured", List.of(),
                        "The town fell.", "Body.", List.of(), List.of()),
                new SearchDocument("source", 2020, "2020-02-07", "sources/sohr.html", "SOHR", List.of(),
                        "SOHR · 2020-02-07", "", List.of(), List.of(), "SOHR · 2020-02-07. Cited on: Saraqib captured"));
        InvertedIndex index = InvertedIndex.build(docs, AliasSynonyms.map(List.of()));
        String cards = IndexFiles.write(docs, index, Map.of(), new TreeMap<>(), AnalyzerScript.asWritten()).stream()
                .filter(f -> f.path().endsWith("/c/0.js")).map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .findFirst().orElseThrow();
        assertTrue(cards.contains("\"SOHR · 2020-02-07. Cited on: Saraqib captured\""), cards);
        assertTrue(cards.contains("\"The town fell.\""), "a document without an excerpt of its own shows its summary: " + cards);
        assertTrue(index.terms.containsKey("saraqib"));
        int[] docsWithSaraqib = index.terms.get("saraqib").docs();
        assertEquals(1, docsWithSaraqib.length);
        assertEquals(0, docsWithSaraqib[0], "only the event is found by 'saraqib'");
        assertFalse(index.terms.containsKey("cite"), "the excerpt's own words are not indexed");
    }
}
