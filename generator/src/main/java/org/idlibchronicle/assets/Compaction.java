package org.idlibchronicle.assets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass over a script that drops comments and the whitespace between tokens, given where the
 * literals and comments are. A space stays where two tokens would otherwise run together ({@code
 * var x}, {@code a + +b}, {@code /re/ in}); a line break stays where automatic semicolon insertion
 * may depend on it, that is unless the token before it cannot end a statement or the token after it
 * cannot start one. {@link JsMinifier} checks the result with the parser, so a case missed here
 * makes the script be published as written rather than broken.
 */
final class Compaction {
    /** After these a statement cannot end, so a line break that follows them carries no semicolon. */
    private static final String OPEN_BEFORE = "{([,;:?=*%<>&|^!~";
    /** Before these a line break carries no semicolon (they continue or close what came before). */
    private static final String CLOSE_AFTER = "})],;.?";

    private final String src;
    private final List<int[]> literals;
    private final List<int[]> comments;
    private final StringBuilder out = new StringBuilder();
    /** Whether the last character written ended a literal (a regular expression's flags may follow). */
    private boolean afterLiteral;

    Compaction(String source, List<int[]> literals, List<int[]> comments) {
        this.src = source;
        this.literals = sorted(literals);
        this.comments = sorted(comments);
    }

    String run() {
        int i = 0, lit = 0, com = 0;
        boolean pendingSpace = false, pendingBreak = false;
        while (i < src.length()) {
            while (lit < literals.size() && literals.get(lit)[1] <= i) lit++;
            while (com < comments.size() && comments.get(com)[1] <= i) com++;
            if (com < comments.size() && comments.get(com)[0] == i) {
                // A comment counts as whitespace; a line comment ends at a line break it keeps.
                String text = src.substring(i, comments.get(com)[1]);
                pendingSpace = true;
                pendingBreak |= text.startsWith("//") || text.chars().anyMatch(Compaction::isLineBreak);
                i = comments.get(com)[1];
                continue;
            }
            char c = src.charAt(i);
            if (isLineBreak(c) || isSpace(c)) {
                pendingSpace = true;
                pendingBreak |= isLineBreak(c);
                i++;
                continue;
            }
            boolean literal = lit < literals.size() && literals.get(lit)[0] == i;
            int end = literal ? literals.get(lit)[1] : i + 1;
            if (pendingSpace && out.length() > 0) separate(c, pendingBreak);
            out.append(src, i, end);
            afterLiteral = literal;
            pendingSpace = false;
            pendingBreak = false;
            i = end;
        }
        return out.toString();
    }

    /** What, if anything, must stand between the output so far and a token starting with {@code next}. */
    private void separate(char next, boolean hadBreak) {
        char prev = out.charAt(out.length() - 1);
        if (hadBreak && !cannotEndStatement(prev) && CLOSE_AFTER.indexOf(next) < 0) {
            out.append('\n');
        } else if (runTogether(prev, next)) {
            out.append(' ');
        }
    }

    /** The token before cannot end a statement: an operator or opening bracket (not {@code ++}, {@code --}). */
    private boolean cannotEndStatement(char prev) {
        if (afterLiteral) return false;
        if (OPEN_BEFORE.indexOf(prev) >= 0) return true;
        if (prev == '+' || prev == '-') return out.length() < 2 || out.charAt(out.length() - 2) != prev;
        return false;
    }

    private boolean runTogether(char prev, char next) {
        if (isWordPart(next) && (isWordPart(prev) || afterLiteral && prev == '/')) return true;
        if ((prev == '+' || prev == '-') && next == prev) return true;
        if (prev == '/' && (next == '/' || next == '*')) return true;
        if (prev == '<' && next == '!' || prev == '-' && next == '>') return true;
        return Character.isDigit(prev) && next == '.';
    }

    private static boolean isWordPart(char c) {
        return Character.isJavaIdentifierPart(c) || c == '\\' || c > 127;
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\uFEFF'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static List<int[]> sorted(List<int[]> spans) {
        List<int[]> copy = new ArrayList<>(spans);
        copy.sort(Comparator.comparingInt((int[] s) -> s[0]));
        return copy;
    }
}
