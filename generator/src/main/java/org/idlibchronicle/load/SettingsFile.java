package org.idlibchronicle.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;

/**
 * {@code site.yaml} under the same promise as {@code content/}: read as text (control characters,
 * encoding), parsed by the same reader (duplicate keys, aliases, anchors), and checked against
 * {@code schemas/site.schema.json} (unknown keys, a boolean where a title belongs), every problem
 * reported at its line and column. Without this, a control character in the title broke the feed,
 * {@code title: No} named the site "false", and a misspelt key was ignored.
 */
public final class SettingsFile {
    public static final String FILE = "site.yaml";

    private SettingsFile() {}

    /** Reports every problem of the checkout's {@code site.yaml}; a missing file is left to the settings reader. */
    public static void check(Path root, Path schemasDir, Problems problems) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return;
        SourcePosition at = SourcePosition.file(FILE);
        String text = TextFile.read(file, at, problems);
        if (text == null) return;
        YamlDocument doc = YamlReader.read(text, at, 0, problems);
        if (doc == null) return;
        ContentSchema.loadSettings(schemasDir, "site").validate(doc, problems);
    }
}
