package org.idlibchronicle.index;

import org.idlibchronicle.plan.SearchDocument;
import org.idlibchronicle.plan.SearchDocuments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.idlibchronicle.output.OutputFile;
import org.junit.jupiter.api.Test;

/**
 * The typo files: a typo of L letters finds every word it may be within its allowed edits of in
 * the one file v/L (search.js picks the files, SearchIT's typo cases search through them).
 */
class VocabularyFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void fileLHoldsEveryWordWithinTheEditsOfLLetters() throws Exception {
        String text = "Idlib Hama Aleppo Saraqib Damascus convoy observation post ceasefire demilitarized "
                + "withdrawal Stoltenberg reconciliation humanitarian representatives";
        List<SearchDocument> docs = List.of(new SearchDocument("event", 2020, "2020-02-01", "events/e.html", "A page",
                List.of(), text, text, List.of(), List.of()));
        InvertedIndex index = InvertedIndex.build(docs, AliasSynonyms.map(List.of()));
        Map<String, JsonNode> files = new TreeMap<>();
        for (OutputFile f : IndexFiles.write(docs, index, Map.of(), new TreeMap<>(), "")) {
            String js = new String(f.bytes(), StandardCharsets.UTF_8);
            String name = f.path().replaceFirst("^search/([0-9a-f]{10}/)?", "").replaceFirst("\\.js$", "");
            files.put(name, JSON.readTree(js.substring(js.indexOf(',') + 1, js.lastIndexOf(')'))));
        }
        // Every word of the vocabulary as written (4+ letters), from the one-length-per-entry view.
        TreeSet<String> all = new TreeSet<>();
        files.forEach((name, data) -> { if (name.startsWith("v/")) all.addAll(Arrays.asList(data.asText().split(" "))); });
        assertTrue(all.stream().anyMatch(e -> e.startsWith("representatives")), all.toString());
        List<Integer> centers = new ArrayList<>();
        files.get("boot").get("vocabulary").forEach(n -> centers.add(n.asInt()));
        for (int center = 4; center <= 20; center++) {
            int edits = IndexFiles.allowedEdits(center), c = center;
            TreeSet<String> want = new TreeSet<>();
            for (String e : all) if (Math.abs(word(e).length() - c) <= edits) want.add(e);
            JsonNode file = files.get("v/" + center);
            assertEquals(!want.isEmpty(), centers.contains(center), "boot lists v/" + center);
            assertEquals(want, file == null ? new TreeSet<>() : new TreeSet<>(Arrays.asList(file.asText().split(" "))), "v/" + center);
        }
    }

    /** The word of an entry "word" or "word>term". */
    private static String word(String entry) {
        int gt = entry.indexOf('>');
        return gt < 0 ? entry : entry.substring(0, gt);
    }
}
