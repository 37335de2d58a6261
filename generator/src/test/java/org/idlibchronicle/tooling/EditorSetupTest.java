package org.idlibchronicle.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.pipeline.BuildFailedException;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27: the editor setup that ships in .vscode/ works. The "Check the record" task's problem
 * matcher reads every problem a real build prints (front matter of .md files included) into the
 * editor's Problems panel at its file, line and column; the YAML schemas it maps all exist.
 */
class EditorSetupTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Pattern matcher() throws Exception {
        JsonNode tasks = JSON.readTree(Files.readString(Fixture.REPO.resolve(".vscode/tasks.json")));
        JsonNode pattern = tasks.get("tasks").get(0).get("problemMatcher").get("pattern");
        assertEquals(List.of(1, 2, 3, 4, 5), List.of(pattern.get("file").asInt(), pattern.get("line").asInt(),
                pattern.get("column").asInt(), pattern.get("severity").asInt(), pattern.get("message").asInt()));
        return Pattern.compile(pattern.get("regexp").asText());
    }

    @Test
    void theTasksProblemMatcherReadsEveryProblemABuildPrints() throws Exception {
        Fixture f = Fixture.in(tmp);
        String event = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
        f.write(event, f.read(event).replace("places: [sochi,", "places: [sochii,").replace("\ntags:", "\ntagz:"));
        f.write("content/sources/tass-2020-01-10.yaml", "outlet: TASS\nkind: wire\ndate: 2020-01-10\n");
        BuildFailedException e = assertThrows(BuildFailedException.class, f::build);
        Pattern regex = matcher();
        List<Problem> problems = e.problems();
        assertTrue(problems.size() >= 2, problems.toString());
        for (Problem p : problems) {
            String printed = p.toString();
            assertTrue(f.log().contains(printed), "printed as is: " + printed);
            Matcher m = regex.matcher(printed);
            assertTrue(m.matches(), "the editor reads: " + printed);
            assertEquals(p.position().path(), m.group(1));
            assertEquals(p.position().line(), Integer.parseInt(m.group(2)));
            if (p.position().column() > 0) assertEquals(p.position().column(), Integer.parseInt(m.group(3)));
            assertEquals(p.severity().name().toLowerCase(java.util.Locale.ROOT), m.group(4));
            assertEquals(p.message(), m.group(5));
        }
    }

    @Test
    void everySchemaTheEditorMapsExistsAndEveryYamlKindIsMapped() throws Exception {
        JsonNode schemas = JSON.readTree(Files.readString(Fixture.REPO.resolve(".vscode/settings.json"))).get("yaml.schemas");
        schemas.fieldNames().forEachRemaining(s -> assertTrue(Files.isRegularFile(Fixture.REPO.resolve(s)), s));
        for (org.idlibchronicle.kind.ContentKind k : org.idlibchronicle.kind.ContentKind.values()) {
            if (!k.extensions().contains(".yaml")) continue;
            String glob = "content/" + k.folder() + (k.yearFolders() ? "/*/*.yaml" : "/*.yaml");
            boolean mapped = false;
            for (var it = schemas.fields(); it.hasNext();) mapped |= it.next().getValue().asText().equals(glob);
            assertTrue(mapped, glob + " has its schema in .vscode/settings.json");
        }
    }
}
