package org.idlibchronicle.load;

import java.util.Locale;

/**
 * Characters no published text may hold: the C0 controls other than tab, line feed and carriage
 * return (NUL included), DEL and the C1 controls but U+0085 (a line break to YAML), the non-characters U+FFFE and U+FFFF, and unpaired surrogates. XML 1.0
 * forbids them (the feed and sitemap would stop being well-formed), and in HTML they are at best
 * invisible. Editors often do not show them, so the message names the character by its code.
 */
final class ControlChars {
    private ControlChars() {}

    /** The index of the first forbidden character in {@code s}, or -1. */
    static int first(CharSequence s) {
        return first(s, 0);
    }

    /** The index of the first forbidden character in {@code s} at or after {@code from}, or -1. */
    static int first(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') return i;
            } else if (c >= 0x7F && c <= 0x9F && c != 0x85) {
                // DEL and the C1 controls: YAML's reader refuses them without saying where, and a
                // Markdown text would publish them. (U+0085 is a line break to YAML and is let be.)
                return i;
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return i;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** How many forbidden characters {@code s} holds. */
    static int count(CharSequence s) {
        // One pass from each hit on: copying the rest of the text at each hit was quadratic
        // (520,000 control characters took 17 s).
        int n = 0;
        for (int i = first(s, 0); i >= 0; i = first(s, i + 1)) n++;
        return n;
    }

    /** {@code U+0007}, with the usual name where there is one: {@code U+0000 (NUL)}. */
    static String name(char c) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        String name = switch (c) {
            case 0 -> "NUL";
            case 0x07 -> "BEL";
            case 0x08 -> "backspace";
            case 0x0B -> "vertical tab";
            case 0x0C -> "form feed";
            case 0x1B -> "ESC";
            case 0x7F -> "DEL";
            case 0x9B -> "CSI";
            default -> null;
        };
        return name == null ? code : code + " (" + name + ")";
    }
}
