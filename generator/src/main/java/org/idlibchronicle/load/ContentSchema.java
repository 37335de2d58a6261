package org.idlibchronicle.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.idlibchronicle.diag.DidYouMean;
import org.idlibchronicle.diag.Problems;

/**
 * The JSON Schema of one content kind, read from {@code schemas/<kind>.schema.json}: the single
 * description of the format, used both by editors and by this build. Schema errors are
 * rewritten into messages that name the field, what was found and what is expected.
 */
public final class ContentSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Draft 2020-12, plus the schemas' own annotation {@code x-hint} (how a value should look, quoted
     * in messages): declared, so the validator does not warn about an unknown keyword. (Inside
     * Maven its warnings reach the console: the plugin's slf4j-nop yields to Maven's logger.)
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            Dialect.builder(Dialects.getDraft202012()).keyword(new AnnotationKeyword("x-hint")).build());

    private final String kind;
    private final JsonNode raw;
    private final Schema schema;

    private ContentSchema(String kind, JsonNode raw) {
        this.kind = kind;
        this.raw = raw;
        this.schema = REGISTRY.getSchema(raw);
    }

    /** The schema of the kind named {@code key} ({@code "event"}), as the registry places it. */
    public static ContentSchema load(Path schemasDir, String key) {
        return load(schemasDir, org.idlibchronicle.kind.ContentKind.byKey(key)
                .orElseThrow(() -> new IllegalArgumentException("no content kind '" + key + "'")));
    }

    /** The schema of a settings file that is not content ({@code site.yaml}): {@code <name>.schema.json}. */
    public static ContentSchema loadSettings(Path schemasDir, String name) {
        return read(schemasDir.resolve(name + ".schema.json"), name);
    }

    public static ContentSchema load(Path schemasDir, org.idlibchronicle.kind.ContentKind kind) {
        return read(schemasDir.resolve(kind.schemaFile()), kind.key());
    }

    /**
     * A schema file, read and compiled. A file that is missing, not JSON or not a schema is a
     * mistake in the site's set-up, reported at its line like content ({@link ProblemFound}), not a
     * fault of the generator: an invalid "$id" in a new schema said "this is a bug in the generator".
     */
    private static ContentSchema read(Path file, String name) {
        String shown = "schemas/" + file.getFileName();
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException missing) {
            throw new org.idlibchronicle.diag.ProblemFound(new org.idlibchronicle.diag.SourcePosition(shown, 0, 0),
                    "the schema of " + name + " files is missing: restore " + shown + " from the repository");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file, e);
        }
        try {
            return new ContentSchema(name, JSON.readTree(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new org.idlibchronicle.diag.ProblemFound(new org.idlibchronicle.diag.SourcePosition(shown,
                    at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr())),
                    "the schema is not valid JSON: " + e.getOriginalMessage());
        } catch (RuntimeException notASchema) {
            throw new org.idlibchronicle.diag.ProblemFound(new org.idlibchronicle.diag.SourcePosition(shown, 1, 1),
                    "the file is not a JSON Schema the build can use: " + notASchema.getMessage());
        }
    }

    public String kind() {
        return kind;
    }

    /** The schema document itself, for tests that compare it with the Java model. */
    public JsonNode raw() {
        return raw;
    }

    /** Validates and reports every violation; returns true when there were none. */
    public boolean validate(YamlDocument doc, Problems problems) {
        List<Error> errors = new ArrayList<>(schema.validate(doc.root()));
        errors.sort(Comparator.comparing((Error e) -> pointer(e.getInstanceLocation()))
                .thenComparing(Error::getKeyword));
        for (Error e : errors) {
            report(e, doc, problems);
        }
        return errors.isEmpty();
    }

    private void report(Error e, YamlDocument doc, Problems problems) {
        String ptr = pointer(e.getInstanceLocation());
        String field = fieldName(ptr);
        JsonNode rule = schemaNode(e);
        switch (e.getKeyword()) {
            case "required" -> problems.error(doc.at(ptr),
                    "missing required field '" + e.getProperty() + "'" + where(ptr) + describe(ruleFor(ptr, e.getProperty())));
            case "additionalProperties" -> {
                String key = e.getProperty();
                List<String> allowed = allowedKeys(ptr);
                problems.error(doc.keyAt(ptr + "/" + YamlReader.escape(key)),
                        "unknown field '" + key + "'" + where(ptr) + DidYouMean.hint(key, allowed)
                                + "; allowed fields: " + String.join(", ", allowed));
            }
            case "type" -> problems.error(doc.at(ptr), field + " must be " + article(rule.path("type").asText())
                    + ", not " + article(YamlReader.kind(e.getInstanceNode())) + hintOf(rule)
                    + commaHint(rule.path("type").asText(), e.getInstanceNode()));
            case "enum" -> {
                List<String> options = new ArrayList<>();
                rule.path("enum").forEach(o -> options.add(o.asText()));
                String got = e.getInstanceNode().asText();
                problems.error(doc.at(ptr), field + " is '" + got + "'" + DidYouMean.hint(got, options)
                        + "; it must be one of: " + String.join(", ", options));
            }
            case "pattern" -> problems.error(doc.at(ptr), field + " is '" + e.getInstanceNode().asText()
                    + "'; expected " + rule.path("x-hint").asText("text matching " + rule.path("pattern").asText()));
            case "minLength" -> problems.error(doc.at(ptr), field + " is too short: write at least "
                    + rule.path("minLength").asInt() + " characters");
            case "maxLength" -> problems.error(doc.at(ptr), field + " is too long ("
                    + e.getInstanceNode().asText().length() + " characters): keep it under "
                    + rule.path("maxLength").asInt());
            case "uniqueItems" -> problems.error(doc.at(ptr), field + " lists the same entry twice: remove the repeat");
            case "minItems" -> problems.error(doc.at(ptr), field + " needs at least " + rule.path("minItems").asInt()
                    + " entry");
            case "maxItems" -> problems.error(doc.at(ptr), field + " has " + e.getInstanceNode().size()
                    + " entries; at most " + rule.path("maxItems").asInt() + (rule.has("x-hint")
                    ? ": " + rule.path("x-hint").asText() : ""));
            // A range with a hint (a latitude) says what the range is; a bare minimum is a figure's zero.
            case "minimum", "maximum" -> {
                if (rule.has("x-hint")) {
                    problems.error(doc.at(ptr), field + " is out of range: expected " + rule.path("x-hint").asText());
                } else if (e.getKeyword().equals("minimum")) {
                    problems.error(doc.at(ptr), field + " must not be negative");
                } else {
                    // Not printed in full: the number may be 1e999999999.
                    problems.error(doc.at(ptr), field + " is larger than any reported figure (at most "
                            + rule.path("maximum").asText() + "): check for a typo or a stray exponent");
                }
            }
            case "propertyNames" -> {
                // The key breaks the rule for keys: reported at the key, with the rule's hint.
                String key = String.valueOf(e.getProperty() != null ? e.getProperty() : e.getInstanceNode().asText());
                String hint = raw.path("propertyNames").path("x-hint").asText("a key matching " + raw.path("propertyNames").path("pattern").asText());
                problems.error(doc.keyAt(ptr + "/" + YamlReader.escape(key)), "'" + key + "' is not a valid key here: expected " + hint);
            }
            default -> problems.error(doc.at(ptr), field + ": " + e.getMessage());
        }
    }

    /** The schema object holding the failed keyword, resolved through $ref. */
    private JsonNode schemaNode(Error e) {
        String fragment = e.getSchemaLocation().getFragment().toString();
        String parent = fragment.substring(0, Math.max(fragment.lastIndexOf('/'), 0));
        return deref(raw.at(parent));
    }

    private JsonNode deref(JsonNode n) {
        while (n.has("$ref")) {
            n = raw.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    /** Walks the schema along an instance pointer (array indexes go to "items"). */
    private JsonNode ruleAt(String ptr) {
        JsonNode n = deref(raw);
        for (String part : ptr.isEmpty() ? new String[0] : ptr.substring(1).split("/")) {
            n = part.matches("\\d+") ? deref(n.path("items")) : deref(n.path("properties").path(part));
        }
        return n;
    }

    private JsonNode ruleFor(String objectPtr, String property) {
        return deref(ruleAt(objectPtr).path("properties").path(property));
    }

    private List<String> allowedKeys(String objectPtr) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = ruleAt(objectPtr).path("properties").fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }

    private static String describe(JsonNode rule) {
        String d = rule.path("description").asText("");
        if (d.isEmpty()) d = rule.path("x-hint").asText("");
        return d.isEmpty() ? "" : " (" + d + ")";
    }

    private static String hintOf(JsonNode rule) {
        String h = rule.path("x-hint").asText("");
        return h.isEmpty() ? "" : " (" + h + ")";
    }

    private static String where(String ptr) {
        return ptr.isEmpty() ? "" : " in " + ptr.substring(1).replace('/', '.');
    }

    private static String fieldName(String ptr) {
        return ptr.isEmpty() ? "the file" : "'" + ptr.substring(1).replace('/', '.') + "'";
    }

    /** {@code 1,200} is a text to YAML: a figure written with a thousands comma gets its own advice. */
    private static String commaHint(String expected, com.fasterxml.jackson.databind.JsonNode found) {
        if (!(expected.equals("number") || expected.equals("integer")) || !found.isTextual()) return "";
        String text = found.asText().strip();
        if (text.matches("[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")) {
            return ": write " + text.replace(",", "") + ", without the comma (YAML reads '" + text + "' as a text)";
        }
        if (text.matches("[-+]?[0-9]{1,3}([ \\u00A0\\u202F'][0-9]{3})+(\\.[0-9]+)?")) {
            return ": write " + text.replaceAll("[ \\u00A0\\u202F']", "") + ", without the spaces (YAML reads '" + text + "' as a text)";
        }
        if (text.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
            return ": write " + text + " without quotation marks (in quotes, YAML reads it as a text)";
        }
        return "";
    }

    private static String article(String type) {
        return switch (type) {
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "integer", "number" -> "a number";
            case "null" -> "empty";
            default -> "a " + type;
        };
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(YamlReader.escape(String.valueOf(path.getElement(i))));
        }
        return sb.toString();
    }

}
