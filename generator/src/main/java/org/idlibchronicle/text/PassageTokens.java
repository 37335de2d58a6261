package org.idlibchronicle.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as the quote check compares it: a sequence of tokens (a run of letters and digits, or one
 * other visible character), each with its place in the original text. Only what the quote rules
 * allow to differ is normalised away: whitespace (never a token), quote marks and apostrophes
 * (straight or curly: one double and one single form), dashes and the minus sign (one hyphen),
 * soft hyphens (dropped) and bracketed reference markers such as {@code [54]} or {@code [ 83 ]}
 * (dropped). Case and every other character count.
 *
 * <p>Tokens rather than characters, so that "said: 30" and "said:30" or a quote that stops before
 * a comma compare as a reader would, while a quote can still not begin or end inside a word.
 */
public final class PassageTokens {
    /** Reference markers of encyclopedia text: {@code [54]}, {@code [ 83 ]}, {@code [a]}, {@code [fn]}, {@code [note 3]}. */
    private static final Pattern MARKER = Pattern.compile("\\[\\s*(?:\\d{1,4}|[a-z]|fn|note \\d{1,3}|citation needed)\\s*\\]");

    private final String source;
    private final List<String> tokens;
    private final int[] starts;
    private final int[] ends;

    private PassageTokens(String source, List<String> tokens, int[] starts, int[] ends) {
        this.source = source;
        this.tokens = tokens;
        this.starts = starts;
        this.ends = ends;
    }

    public static PassageTokens of(String text) {
        boolean[] skipped = new boolean[text.length()];
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) skipped[i] = true;
        }
        List<String> tokens = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int wordStart = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            boolean letter = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
            if (skipped[i] || cp == 0xAD) {
                // a soft hyphen or a marker joins nothing and splits nothing: "Sar\u00ADaqib" is "Saraqib"
                i += len;
                continue;
            }
            if (letter) {
                if (wordStart < 0) wordStart = i;
                word.appendCodePoint(cp);
                i += len;
                continue;
            }
            if (wordStart >= 0) {
                tokens.add(word.toString());
                spans.add(new int[] {wordStart, i});
                word.setLength(0);
                wordStart = -1;
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)) {
                tokens.add(normalised(cp));
                spans.add(new int[] {i, i + len});
            }
            i += len;
        }
        if (wordStart >= 0) {
            tokens.add(word.toString());
            spans.add(new int[] {wordStart, text.length()});
        }
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = spans.get(k)[0];
            e[k] = spans.get(k)[1];
        }
        return new PassageTokens(text, List.copyOf(tokens), s, e);
    }

    /** One punctuation character as compared: every quote mark, apostrophe and dash of one kind alike. */
    static String normalised(int cp) {
        return switch (cp) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> "\"";
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> "'";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            default -> new String(Character.toChars(cp));
        };
    }

    public List<String> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    /** The number of tokens that are words (letters or digits), not punctuation. */
    public int words() {
        int n = 0;
        for (String t : tokens) {
            if (Character.isLetterOrDigit(t.codePointAt(0))) n++;
        }
        return n;
    }

    /** Where token {@code i} starts in the original text. */
    public int start(int i) {
        return starts[i];
    }

    /** Where token {@code i} ends in the original text (exclusive). */
    public int end(int i) {
        return ends[i];
    }

    /** The original text of tokens {@code from} (inclusive) to {@code to} (exclusive), as written. */
    public String original(int from, int to) {
        if (from >= to) return "";
        return source.substring(starts[from], ends[to - 1]);
    }
}
