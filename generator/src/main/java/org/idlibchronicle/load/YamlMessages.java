package org.idlibchronicle.load;

import java.util.Locale;

/** Turns the YAML parser's messages into one line a contributor can act on. */
final class YamlMessages {
    private YamlMessages() {}

    /**
     * As {@link #explain(String)}, and when the line the parser stopped at ({@code line}, from 1, in
     * {@code yaml}) is a field indented unlike the line above it, says so: a key one space off is
     * read as the end of the value above ("mapping values are not allowed here"), and the advice to
     * quote the value sent contributors the wrong way.
     */
    static String explain(String raw, String yaml, int line, int lineOffset) {
        String indentation = indentation(yaml, line, lineOffset);
        return indentation != null ? indentation : explain(raw);
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("^( *)(- )?[A-Za-z_][\\w-]*:( |$)");

    /** @param lineOffset added to a line of {@code yaml} to name it in its file (front matter starts on line 2) */
    private static String indentation(String yaml, int line, int lineOffset) {
        String[] lines = yaml.split("\n", -1);
        if (line < 2 || line > lines.length) return null;
        java.util.regex.Matcher here = KEY.matcher(lines[line - 1]);
        if (!here.find() || here.group(2) != null) return null;
        for (int above = line - 2; above >= 0; above--) {
            String prev = lines[above];
            if (prev.isBlank() || prev.stripLeading().startsWith("#")) continue;
            java.util.regex.Matcher m = KEY.matcher(prev);
            if (!m.find()) return null;
            int mine = here.group(1).length();
            // A list item's fields line up two spaces after its dash.
            int theirs = m.group(1).length() + (m.group(2) == null ? 0 : 2);
            if (mine == theirs || Math.abs(mine - theirs) > 2) return null;
            // Deeper under a key without a value is a nested block: the mistake is elsewhere.
            if (mine > theirs && prev.strip().endsWith(":")) return null;
            String message = "this line is indented " + mine + " space" + (mine == 1 ? "" : "s") + " and the field above it "
                    + theirs + ": YAML reads indentation as structure, so line the key up with the other fields"
                    + " of its block (" + theirs + " spaces)";
            // The item's dash, not this line, may be the one out of place ("- claimant:" at the
            // margin with its fields at 4): moving it is one edit where re-indenting is one per field.
            if (m.group(2) != null && mine > theirs) {
                int dash = m.group(1).length(), shouldBe = mine - 2;
                message += ", or, if the other fields of this item are at " + mine + " too, indent the '- ' of line "
                        + (above + 1 + lineOffset) + " by " + (shouldBe - dash) + " more (to " + shouldBe + " spaces)";
            }
            return message;
        }
        return null;
    }

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
