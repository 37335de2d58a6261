package org.idlibchronicle.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;

/**
 * {@code history-notes.yaml}: for commits made before commit messages carried a
 * {@code Record-note:} trailer, the note a page's history shows for each, in readers' words,
 * reviewed like content (a commit's message is written for maintainers: "Merge branch 'topics'",
 * "work in progress"). Keys are commit hashes (7 to 40 hex digits), values one sentence. Read as
 * {@code site.yaml} is: the same reader, a schema, every problem at its line.
 */
public final class HistoryNotes {
    public static final String FILE = "history-notes.yaml";

    private HistoryNotes() {}

    /** The notes by hash prefix; empty without the file or when it has problems (reported). */
    public static Map<String, String> read(Path root, Path schemasDir, Problems problems) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return Map.of();
        SourcePosition at = SourcePosition.file(FILE);
        String text = TextFile.read(file, at, problems);
        if (text == null) return Map.of();
        YamlDocument doc = YamlReader.read(text, at, 0, problems);
        if (doc == null || !ContentSchema.loadSettings(schemasDir, "history-notes").validate(doc, problems)) return Map.of();
        Map<String, String> notes = new TreeMap<>();
        doc.root().fields().forEachRemaining(e -> notes.put(e.getKey(), e.getValue().asText().strip()));
        return notes;
    }
}
