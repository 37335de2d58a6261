package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.idlibchronicle.output.OutputFile;
import org.junit.jupiter.api.Test;

/**
 * Where the browser finds a result's card: in the shard of a query word (its best documents, and
 * the names a short query can be), else in a small card file without the page's text; the text
 * is in the chunk files, read only for the passage on the search page.
 */
class ResultCardFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DOCS = 30;

    /** Documents 0–29: each titled with a long title starting "Turkish", one place named "Turkish Border". */
    private static Map<String, JsonNode> files() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < DOCS - 1; i++) {
            docs.add(new SearchDocument("event", 2020, "2020-02-" + String.format("%02d", 1 + i % 28), "events/e" + i + ".html",
                    "Turkish convoy number " + i + " reaches the observation post", List.of(),
                    "A Turkish convoy reached the post on day " + i + ".", "The convoy body text " + i + " with words.",
                    List.of(), List.of()));
        }
        docs.add(new SearchDocument("place", 0, "", "places/turkish-border.html", "Turkish Border", List.of(),
                "The border.", "Body of the border page.", List.of(), List.of()));
        InvertedIndex index = InvertedIndex.build(docs, AliasSynonyms.map(List.of()));
        List<OutputFile> out = IndexFiles.write(docs, index, Map.of(), new TreeMap<>(), AnalyzerScript.asWritten());
        Map<String, JsonNode> parsed = new TreeMap<>();
        for (OutputFile f : out) {
            String js = new String(f.bytes(), StandardCharsets.UTF_8);
            String name = f.path().replaceFirst("^search/([0-9a-f]{10}/)?", "").replaceFirst("\\.js$", "");
            // The data registration is the file's last statement (boot.js starts with the analyzer).
            String data = js.substring(js.lastIndexOf("__siteSearch("));
            parsed.put(name, JSON.readTree(data.substring(data.indexOf(',') + 1, data.lastIndexOf(')'))));
        }
        return parsed;
    }

    @Test
    void everyDocumentHasItsCardInTheSmallFileOfItsGroupAndNoText() throws Exception {
        Map<String, JsonNode> files = files();
        int group = files.get("boot").get("cardGroup").asInt();
        assertEquals(IndexFiles.CARD_GROUP, group);
        for (int d = 0; d < DOCS; d++) {
            JsonNode card = files.get("c/" + d / group).get(d % group);
            assertEquals(4, card.size(), "title, url, date, excerpt");
            assertEquals(d == DOCS - 1 ? "places/turkish-border.html" : "events/e" + d + ".html", card.get(1).asText());
        }
        assertEquals((DOCS + group - 1) / group, files.keySet().stream().filter(n -> n.startsWith("c/")).count());
        // The text is in the chunk files, one string per document.
        int chunk = files.get("boot").get("chunk").asInt();
        assertEquals("The convoy body text 7 with words.", files.get("d/" + 7 / chunk).get(7 % chunk).asText());
    }

    @Test
    void aWordsShardCarriesAFullPageOfItsBestCardsAndTheCardsOfShortNamesOnly() throws Exception {
        Map<String, JsonNode> files = files();
        JsonNode shard = files.entrySet().stream().filter(e -> e.getKey().startsWith("t/") && e.getValue().get("t").has("turkish"))
                .findFirst().orElseThrow().getValue();
        assertTrue(shard.get("n").has("turkish border"));
        assertTrue(shard.get("c").has(String.valueOf(DOCS - 1)), "the short name's card is inline");
        // Every long title is a name too (a query that is a whole title ranks it first), but its
        // card is not carried: the shard holds the word's 10 best cards (plus the short name's).
        List<String> names = new ArrayList<>();
        shard.get("n").fieldNames().forEachRemaining(names::add);
        assertEquals(DOCS, names.size(), names.toString());
        List<String> cards = new ArrayList<>();
        shard.get("c").fieldNames().forEachRemaining(cards::add);
        assertFalse(cards.size() > IndexFiles.CARDS_PER_LIST + 1, cards.stream().collect(Collectors.joining(",")));
        assertTrue(cards.size() >= IndexFiles.CARDS_PER_LIST, cards.toString());
    }
}
