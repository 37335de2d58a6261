package org.idlibchronicle.index;

/**
 * The character classes of the analysis chain, as predicates on code points: what
 * {@code \p{L}}, {@code \p{N}} and {@code \p{M}} match in Java's regular expressions. The index
 * scans every text of the site with them; a regular expression's union of classes costs a chain of
 * predicate calls per character, these one table lookup.
 */
final class CodePoints {
    private CodePoints() {}

    /** {@code \p{L}}: a letter of any script and case, modifier letters included (ʿ). */
    static boolean letter(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> false;
        };
    }

    /** {@code \p{N}}: a digit, letter number (Ⅻ) or other number (½). */
    static boolean digit(int c) {
        return switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** {@code \p{M}}: a combining mark. */
    static boolean mark(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    static boolean letterOrDigit(int c) {
        return letter(c) || digit(c);
    }

    /** The end of the run of code points from {@code i} that pass {@code part}. */
    static int runEnd(String text, int i, java.util.function.IntPredicate part) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!part.test(c)) break;
            i += Character.charCount(c);
        }
        return i;
    }
}
