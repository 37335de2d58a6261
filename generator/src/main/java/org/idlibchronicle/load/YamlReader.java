package org.idlibchronicle.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;

/**
 * Parses YAML with Jackson's streaming parser and keeps the position of every key and value,
 * which Jackson's tree model forgets. Reports syntax errors and duplicate keys as problems.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlReader() {}

    /**
     * @param lineOffset added to every line number: the YAML may start inside a larger file
     *                   (front matter begins on line 2 of a Markdown file)
     * @return the document, or null after reporting why it cannot be read
     */
    static YamlDocument read(String yaml, SourcePosition file, int lineOffset, Problems problems) {
        String tab = TabCheck.firstIndentTab(yaml);
        if (tab != null) {
            int line = Integer.parseInt(tab) + lineOffset;
            problems.error(file.atLine(line, 1),
                    "tab character in indentation: YAML allows only spaces; replace the tab with spaces");
            return null;
        }
        Map<String, SourcePosition> positions = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(file, "no fields found: the file needs a YAML mapping of fields");
                return null;
            }
            Builder b = new Builder(parser, file, lineOffset, positions, problems);
            JsonNode root = b.value("");
            if (!root.isObject()) {
                problems.error(b.pos(parser.currentTokenLocation()),
                        "expected a mapping of fields (key: value), found a " + kind(root));
                return null;
            }
            if (parser.nextToken() != null) {
                problems.error(b.pos(parser.currentTokenLocation()),
                        "a second YAML document in one file: remove the extra '---'");
                return null;
            }
            return b.failed ? null : new YamlDocument(root, Map.copyOf(positions), file);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            SourcePosition at = loc == null ? file
                    : file.atLine(Math.max(1, loc.getLineNr()) + lineOffset, Math.max(1, loc.getColumnNr()));
            problems.error(at, "invalid YAML: " + YamlMessages.explain(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.error(file, "could not read YAML: " + e.getMessage());
            return null;
        }
    }

    static String kind(JsonNode n) {
        if (n.isObject()) return "mapping";
        if (n.isArray()) return "list";
        if (n.isNull()) return "null";
        if (n.isBoolean()) return "boolean";
        if (n.isNumber()) return "number";
        return "string";
    }

    private static final class Builder {
        final JsonParser parser;
        final SourcePosition file;
        final int lineOffset;
        final Map<String, SourcePosition> positions;
        final Problems problems;
        boolean failed;

        Builder(JsonParser parser, SourcePosition file, int lineOffset,
                Map<String, SourcePosition> positions, Problems problems) {
            this.parser = parser;
            this.file = file;
            this.lineOffset = lineOffset;
            this.positions = positions;
            this.problems = problems;
        }

        SourcePosition pos(JsonLocation loc) {
            return file.atLine(loc.getLineNr() + lineOffset, loc.getColumnNr());
        }

        /** Reads the value at the current token, which is the value at {@code pointer}. */
        JsonNode value(String pointer) throws IOException {
            JsonToken t = parser.currentToken();
            positions.put(pointer, pos(parser.currentTokenLocation()));
            switch (t) {
                case START_OBJECT: {
                    ObjectNode obj = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        String child = pointer + "/" + escape(key);
                        SourcePosition keyPos = pos(parser.currentTokenLocation());
                        parser.nextToken();
                        if (obj.has(key)) {
                            problems.error(keyPos, "duplicate key '" + key + "' (first given on line "
                                    + positions.get(child + "#key").line() + "): keep only one");
                            failed = true;
                            value(child + "#dup");
                            continue;
                        }
                        positions.put(child + "#key", keyPos);
                        obj.set(key, value(child));
                    }
                    return obj;
                }
                case START_ARRAY: {
                    ArrayNode arr = NODES.arrayNode();
                    int i = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        arr.add(value(pointer + "/" + i++));
                    }
                    return arr;
                }
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return NODES.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    return NODES.textNode(parser.getText());
            }
        }
    }

    /** JSON Pointer escaping (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
