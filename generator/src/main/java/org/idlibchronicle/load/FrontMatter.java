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
            if (l.strip().equals("---")) {
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
        return new FrontMatter(text.substring(4, close), 2, body, line + 1);
    }
}
