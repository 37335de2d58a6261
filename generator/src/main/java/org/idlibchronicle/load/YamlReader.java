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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
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
        Lines lines = new Lines(yaml);
        JsonParser open = null;
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            open = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(file.atLine(lineOffset + 1, 1), "no fields found: the file needs a YAML mapping of fields");
                return null;
            }
            Builder b = new Builder(parser, file, lineOffset, lines, positions, problems);
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
            // A limit of the reader (nesting deeper than 1,000) comes without a location: the
            // parser still knows where it stopped.
            JsonLocation loc = e.getLocation() != null ? e.getLocation() : open == null ? null : open.currentLocation();
            SourcePosition at = loc == null ? file
                    : lines.at(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()), lineOffset);
            problems.error(at, "invalid YAML: " + (loc == null ? YamlMessages.explain(e.getOriginalMessage())
                    : YamlMessages.explain(e.getOriginalMessage(), yaml, loc.getLineNr(), lineOffset)));
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
        final Lines lines;
        final Map<String, SourcePosition> positions;
        final Problems problems;
        boolean failed;

        Builder(JsonParser parser, SourcePosition file, int lineOffset, Lines lines,
                Map<String, SourcePosition> positions, Problems problems) {
            this.parser = parser;
            this.file = file;
            this.lineOffset = lineOffset;
            this.lines = lines;
            this.positions = positions;
            this.problems = problems;
        }

        /**
         * YAML 1.1 reads {@code 076} as octal (62), {@code 0x12} as 18, {@code 0b101} as 5 and
         * {@code 1_000} as 1000: a figure typed that way would be published silently as another number.
         */
        static final java.util.regex.Pattern OTHER_BASE =
                java.util.regex.Pattern.compile("[-+]?(0[0-9_]+|0[xXoObB].*|.*_.*|.*:.*)");

        /** {@code 1.200} is one point two to YAML, and twelve hundred to a reader used to a thousands point. */
        static final java.util.regex.Pattern THOUSANDS_POINT = java.util.regex.Pattern.compile("[-+]?[0-9]{1,3}(\\.000)+|[-+]?[0-9]{1,3}\\.[0-9]{2}0");

        private void otherBase(String raw, SourcePosition at, String pointer) throws java.io.IOException {
            if (raw == null || !OTHER_BASE.matcher(raw.strip()).matches()) return;
            problems.error(at, field(pointer) + " is written '" + raw.strip() + "', which YAML reads as "
                    + parser.getBigIntegerValue() + ": write the number in plain decimal"
                    + " digits, without a leading zero, prefix, '_' or ':' (or quote it if it is a text)");
            failed = true;
        }

        private void thousandsPoint(String raw, SourcePosition at, String pointer) {
            if (raw == null || !THOUSANDS_POINT.matcher(raw.strip()).matches()) return;
            problems.error(at, field(pointer) + " is written '" + raw.strip() + "', which is "
                    + new java.math.BigDecimal(raw.strip()).stripTrailingZeros().toPlainString() + " (the point is a"
                    + " decimal point): for " + raw.strip().replace(".", "") + " write " + raw.strip().replace(".", "")
                    + ", without a thousands separator; for a decimal, drop the trailing zeros");
            failed = true;
        }

        SourcePosition pos(JsonLocation loc) {
            return lines.at(file, loc.getLineNr(), loc.getColumnNr(), lineOffset);
        }

        /**
         * Aliases are refused: Jackson reads an alias as its anchor's name, so {@code governorate: *gov}
         * would publish "gov" (and a document that says each thing once is easier to review). Anchors
         * and tags are refused too: on a plain value they swallow its first word. Returns false after
         * reporting one.
         */
        boolean plain(String pointer, SourcePosition at) throws IOException {
            // '&' or '!' opening a value makes its first word an anchor or a tag, which YAML drops:
            // "title: &Syrian and Turkish forces ..." would publish "and Turkish forces ...".
            // Jackson reports a scalar's tag but not its anchor: that is read from the text.
            boolean scalar = parser.currentToken() != null && parser.currentToken().isScalarValue();
            String anchor = scalar ? lines.anchorAt(parser.currentTokenLocation().getCharOffset()) : null;
            Object tag = scalar ? parser.getTypeId() : null;
            if (anchor != null || tag != null) {
                String word = anchor != null ? anchor : (String.valueOf(tag).startsWith("!") ? "" : "!") + tag;
                problems.error(at, field(pointer) + " opens with '" + word + "', which YAML reads as "
                        + (anchor != null ? "an anchor" : "a tag") + " and drops from the value: put the value in"
                        + " quotes (\"...\") to keep it as written");
                failed = true;
                return false;
            }
            if (!((YAMLParser) parser).isCurrentAlias()) return true;
            problems.error(at, "YAML alias '*" + parser.getText() + "' in " + field(pointer)
                    + ": aliases are not supported; write the value out in full (and remove its anchor '&"
                    + parser.getText() + "')");
            failed = true;
            return false;
        }

        /**
         * A string as read, after reporting a forbidden character written as an escape (backslash-u0007):
         * the file itself holds none (see {@link TextFile}). {@code pointer} is null for a key.
         */
        String text(String pointer, SourcePosition at, String s) {
            int bad = ControlChars.first(s);
            if (bad < 0) return s;
            problems.error(at, (pointer == null ? "a key" : field(pointer)) + " contains the invisible control character "
                    + ControlChars.name(s.charAt(bad)) + " (written as an escape such as \\u"
                    + String.format(java.util.Locale.ROOT, "%04x", (int) s.charAt(bad))
                    + "): remove it; pages and the feed cannot carry it");
            failed = true;
            return s;
        }

        /** Reads the value at the current token, which is the value at {@code pointer}. */
        JsonNode value(String pointer) throws IOException {
            JsonToken t = parser.currentToken();
            SourcePosition at = pos(parser.currentTokenLocation());
            positions.put(pointer, at);
            if (!plain(pointer, at)) return NODES.nullNode();
            switch (t) {
                case START_OBJECT: {
                    ObjectNode obj = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        String child = pointer + "/" + escape(key);
                        SourcePosition keyPos = pos(parser.currentTokenLocation());
                        text(null, keyPos, key);
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
                    return NODES.textNode(text(pointer, at, parser.getText()));
                case VALUE_NUMBER_INT:
                    otherBase(parser.getText(), at, pointer);
                    return NODES.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    thousandsPoint(parser.getText(), at, pointer);
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

    /** How a message names the value at a pointer: {@code 'claims.0.value'}. */
    static String field(String pointer) {
        if (pointer.isEmpty()) return "the file";
        StringBuilder name = new StringBuilder("'");
        String path = pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // A key may hold a control character written as an escape: never print it raw.
            name.append(ControlChars.first(String.valueOf(c)) >= 0 ? ControlChars.name(c) : String.valueOf(c));
        }
        return name.append("'").toString();
    }

    /**
     * Turns the YAML parser's line and column into the ones an editor shows. The parser also ends
     * lines at U+0085, U+2028 and U+2029 (YAML 1.1 line breaks), which editors show inside a line:
     * after one, every position would be a line off. Columns count code points on both sides.
     */
    static final class Lines {
        /** For each line as the parser counts them (index 0 is line 1): its real line and column. */
        private final int[] line;
        private final int[] column;

        /** The text as parsed: where a value begins, for what the parser does not report (a scalar's anchor). */
        private final String text;

        /** The anchor ({@code &name}) written at {@code offset}, if one is. */
        String anchorAt(long offset) {
            if (offset < 0 || offset >= text.length() || text.charAt((int) offset) != '&') return null;
            int end = (int) offset + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            return text.substring((int) offset, end);
        }

        Lines(String text) {
            this.text = text;
            java.util.List<int[]> starts = new java.util.ArrayList<>();
            starts.add(new int[] {1, 1});
            int realLine = 1;
            int realColumn = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    realLine++;
                    realColumn = 1;
                    starts.add(new int[] {realLine, realColumn});
                } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    realColumn++;
                    starts.add(new int[] {realLine, realColumn});
                } else if (!Character.isLowSurrogate(c)) {
                    realColumn++;
                }
            }
            line = starts.stream().mapToInt(p -> p[0]).toArray();
            column = starts.stream().mapToInt(p -> p[1]).toArray();
        }

        /** Within one of the parser's lines there is no real line end, so its columns only shift. */
        SourcePosition at(SourcePosition file, int parserLine, int parserColumn, int lineOffset) {
            if (parserLine < 1 || parserLine > line.length) {
                return file.atLine(Math.max(parserLine, 1) + lineOffset, Math.max(parserColumn, 1));
            }
            return file.atLine(line[parserLine - 1] + lineOffset, column[parserLine - 1] + Math.max(parserColumn, 1) - 1);
        }
    }

    /** JSON Pointer escaping (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
