package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.output.OutputFile;
import org.junit.jupiter.api.Test;

/**
 * A page is found by any name of an item (the index holds every name of a group for each), so
 * the shards also say which pages write a name as typed: "search instead for Saraqeb" keeps those.
 */
class ExactSpellingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShardOfANameTermListsThePagesThatWriteIt() throws Exception {
        List<List<String>> groups = List.of(List.of("Saraqib", "Saraqeb"));
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(doc("places/saraqib.html", "Saraqib", List.of("Saraqeb"), "A town."));
        for (int i = 1; i <= 3; i++) docs.add(doc("events/e" + i + ".html", "Fighting " + i, List.of(), "Shelling near Saraqib."));
        docs.add(doc("events/e4.html", "Fighting 4", List.of(), "Shelling near Saraqeb."));
        InvertedIndex index = InvertedIndex.build(docs, AliasSynonyms.map(groups), AliasSynonyms.terms(groups));
        JsonNode written = null;
        for (OutputFile f : IndexFiles.write(docs, index, Map.of(), SpellingVariants.of(groups, index.terms), "")) {
            if (!f.path().matches("search/[0-9a-f]{10}/t/.*")) continue;
            String js = new String(f.bytes(), StandardCharsets.UTF_8);
            JsonNode w = JSON.readTree(js.substring(js.indexOf(',') + 1, js.lastIndexOf(')'))).get("w");
            if (w.has("saraqeb")) written = w;
        }
        assertFalse(written == null, "no shard says who writes saraqeb");
        // Every page is found by both names; "saraqeb" is written by the place (its other name) and
        // the fourth event: listed as they are, [1, gaps]. "saraqib" is written by all but the fourth
        // event: the shorter list is the one page that does not write it, [0, gaps].
        assertArrayEquals(new int[] {1, 0, 4}, ints(written.get("saraqeb")));
        assertArrayEquals(new int[] {0, 4}, ints(written.get("saraqib")));
    }

    private static SearchDocument doc(String url, String title, List<String> aliases, String body) {
        String type = url.startsWith("places/") ? "place" : "event";
        return new SearchDocument(type, 0, "", url, title, aliases, "", body, List.of(), List.of());
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) out[i] = array.get(i).asInt();
        return out;
    }
}
