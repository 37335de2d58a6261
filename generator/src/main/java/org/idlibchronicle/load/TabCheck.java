package org.idlibchronicle.load;

/** YAML forbids tabs in indentation; the parser's own message for them is cryptic. */
final class TabCheck {
    private TabCheck() {}

    /** The 1-based line number (as text) of the first line indented with a tab, or null. */
    static String firstIndentTab(String text) {
        int line = 1;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                atLineStart = true;
            } else if (atLineStart && c == '\t') {
                return Integer.toString(line);
            } else if (c != ' ') {
                atLineStart = false;
            }
        }
        return null;
    }
}
