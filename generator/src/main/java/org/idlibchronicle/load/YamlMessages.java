package org.idlibchronicle.load;

import java.util.Locale;

/** Turns the YAML parser's messages into one line a contributor can act on. */
final class YamlMessages {
    private YamlMessages() {}

    static String explain(String raw) {
        if (raw == null) return "syntax error";
        String first = raw.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^"))
                .reduce((a, b) -> a + "; " + b)
                .orElse(raw)
                .replaceAll("\\s+", " ");
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.contains("aliasevent")) {
            return "a YAML alias (*name) where a key is expected: anchors and aliases are not supported;"
                    + " write the key out in full";
        }
        if (lower.contains("mapping values are not allowed")) {
            return first + " (a value containing ': ' must be quoted, e.g. title: \"A: B\")";
        }
        if (lower.contains("quoted scalar") && lower.contains("end of stream")) {
            return first + " (a quote opened here is never closed)";
        }
        if (lower.contains("could not find expected ':'")) {
            return first + " (each field needs 'key: value'; check the line above for a missing colon"
                    + " or an unclosed quote)";
        }
        if (lower.contains("found character '`'") || lower.contains("found character '@'")) {
            return first + " (quote values that begin with ` or @)";
        }
        return first;
    }
}
