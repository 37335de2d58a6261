package org.idlibchronicle.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Source;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas in schemas/ are the one description of the content formats; the model records
 * must carry exactly the fields the schemas allow, apart from the few the loader derives.
 */
class SchemaModelAgreementTest {
    /** Record components that no content field names: derived from the file or from several fields. */
    private static final Set<String> DERIVED = Set.of("id", "origin", "body", "at", "approximate", "end", "date", "signed");
    /** Schema properties that the model folds into a differently shaped component. */
    private static final Set<String> FOLDED = Set.of("approximate", "end", "date", "signed", "body");

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("event", Event.class),
                Arguments.of("agreement", Agreement.class),
                Arguments.of("actor", Actor.class),
                Arguments.of("place", Place.class),
                Arguments.of("source", Source.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everySchemaFieldHasARecordComponentAndBack(String kind, Class<?> record) {
        ContentSchema schema = ContentSchema.load(Fixture.REPO.resolve("schemas"), kind);
        Set<String> properties = new TreeSet<>();
        schema.raw().path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = Stream.of(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> missingInRecord = properties.stream().filter(p -> !FOLDED.contains(p))
                .filter(p -> !components.contains(camel(p))).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missingInSchema = components.stream().filter(c -> !DERIVED.contains(c))
                .filter(c -> !properties.contains(snake(c))).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missingInRecord, kind + ": schema fields the record does not carry");
        assertEquals(Set.of(), missingInSchema, kind + ": record components the schema does not allow");
    }

    /**
     * Every fixture file of the kind, YAML and Markdown alike, passes its schema as the loader reads
     * it: a Markdown file's front matter is validated, with its lines numbered as in the file.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theFixtureFilesAreValidAgainstTheirSchemas(String kind, Class<?> record) throws Exception {
        ContentSchema schema = ContentSchema.load(Fixture.REPO.resolve("schemas"), kind);
        Path dir = Fixture.CONTENT.resolve(kind.equals("event") ? "events" : kind + "s");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = java.nio.file.Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        assertFalse(files.isEmpty(), kind + ": the fixture has files to validate");
        for (Path f : files) {
            Problems p = new Problems();
            SourcePosition at = SourcePosition.file(Fixture.CONTENT.getParent().relativize(f).toString().replace('\\', '/'));
            String text = java.nio.file.Files.readString(f);
            String yaml = text;
            int yamlFirstLine = 1;
            if (f.toString().endsWith(".md")) {
                FrontMatter fm = FrontMatter.split(text, at, p);
                assertNotNull(fm, f + ": " + p.sorted());
                yaml = fm.yaml();
                yamlFirstLine = fm.yamlFirstLine();
            }
            YamlDocument doc = YamlReader.read(yaml, at, yamlFirstLine - 1, p);
            assertNotNull(doc, f + ": " + p.sorted());
            assertTrue(schema.validate(doc, p), f + ": " + p.sorted());
            assertFalse(p.hasErrors(), f + ": " + p.sorted());
        }
        JsonNode required = schema.raw().path("required");
        assertTrue(required.size() > 0, kind + " schema names its required fields");
    }

    private static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        String s = sb.toString();
        return switch (s) {
            case "signedAt" -> "signedAt";
            default -> s;
        };
    }

    private static String snake(String camel) {
        return camel.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
