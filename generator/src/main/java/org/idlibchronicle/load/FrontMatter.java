package org.idlibchronicle.load;

import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top)
 * and its Markdown body, remembering the line on which each part begins.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    static FrontMatter split(String text, SourcePosition file, Problems problems) {
        if (!text.startsWith("---\n")) {
            problems.error(file.atLine(1, 1),
                    "missing front matter: a Markdown item starts with a line '---', its YAML fields,"
                            + " and another line '---' before the text");
            return null;
        }
        int close = -1;
        int line = 2;
        int lineStart = 4;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String l = text.substring(lineStart, end < 0 ? text.length() : end);
            // Only a line '---' at the margin closes: an indented one belongs to a block scalar.
            if (l.stripTrailing().equals("---")) {
                close = lineStart;
                break;
            }
            if (end < 0) break;
            lineStart = end + 1;
            line++;
        }
        if (close < 0) {
            problems.error(file.atLine(1, 1),
                    "front matter is not closed: add a line '---' after the last YAML field");
            return null;
        }
        int bodyStart = text.indexOf('\n', close);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int second = secondFrontMatter(body);
        if (second >= 0) {
            problems.error(file.atLine(line + 1 + second, 1), "a second front matter: the text opens with another"
                    + " block of fields between '---' lines, which would be published as text; move its fields into"
                    + " the first block (lines 2 to " + (line - 1) + ") and delete it");
            return null;
        }
        return new FrontMatter(text.substring(4, close), 2, body, line + 1);
    }

    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*:(\\s.*)?");

    /**
     * The line (0-based, in the body) of a second front matter at the top of the body: a line '---'
     * first (after blank lines), followed by a 'key: value' line. -1 when there is none; a thematic
     * break followed by prose is Markdown, not fields.
     */
    private static int secondFrontMatter(String body) {
        String[] lines = body.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i >= lines.length || !lines[i].stripTrailing().equals("---")) return -1;
        int j = i + 1;
        while (j < lines.length && lines[j].isBlank()) j++;
        return j < lines.length && FIELD.matcher(lines[j].stripTrailing()).matches() ? i : -1;
    }
}
