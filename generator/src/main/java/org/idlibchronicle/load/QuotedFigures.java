package org.idlibchronicle.load;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a claim's quote gives its figure: as digits ({@code 18}, {@code 1,200}, {@code 3.5}), or
 * in the words reports use for small numbers ({@code a}, {@code seven}, {@code no}), tens, and
 * thousands or millions ({@code 900,000}, {@code 1.5 million}). A quote that does not is usually the
 * wrong passage (the retrial's volunteer quoted a real sentence that said nothing of trucks).
 */
public final class QuotedFigures {
    private QuotedFigures() {}

    private static final Map<Integer, String> WORDS = Map.ofEntries(
            Map.entry(0, "no|none|zero"), Map.entry(1, "a|an|one|single"), Map.entry(2, "two|both|pair"),
            Map.entry(3, "three"), Map.entry(4, "four"), Map.entry(5, "five"), Map.entry(6, "six"),
            Map.entry(7, "seven"), Map.entry(8, "eight"), Map.entry(9, "nine"), Map.entry(10, "ten"),
            Map.entry(11, "eleven"), Map.entry(12, "twelve|dozen"), Map.entry(13, "thirteen"), Map.entry(14, "fourteen"),
            Map.entry(15, "fifteen"), Map.entry(16, "sixteen"), Map.entry(17, "seventeen"), Map.entry(18, "eighteen"),
            Map.entry(19, "nineteen"), Map.entry(20, "twenty"), Map.entry(30, "thirty"), Map.entry(40, "forty"),
            Map.entry(50, "fifty"), Map.entry(60, "sixty"), Map.entry(70, "seventy"), Map.entry(80, "eighty"),
            Map.entry(90, "ninety"), Map.entry(100, "hundred"), Map.entry(1000, "thousand"));

    /** Whether {@code quote} gives {@code figure}. */
    public static boolean gives(String quote, BigDecimal figure) {
        // Digits written with thousands commas or spaces are read whole: "1,200" and "1 200" are 1200.
        String text = quote.toLowerCase(Locale.ROOT).replaceAll("(?<=\\d)[, \u00A0\u202F](?=\\d{3}\\b)", "");
        BigDecimal n = figure.stripTrailingZeros();
        if (digits(text, n.toPlainString())) return true;
        for (String[] scale : new String[][] {{"1000000", "million"}, {"1000", "thousand"}}) {
            BigDecimal unit = new BigDecimal(scale[0]);
            if (n.compareTo(unit) >= 0) {
                String times = n.divide(unit).stripTrailingZeros().toPlainString();
                if (Pattern.compile("(?<![\\d.])" + Pattern.quote(times) + "\\s*" + scale[1]).matcher(text).find()) return true;
            }
        }
        if (n.scale() <= 0 && n.compareTo(BigDecimal.valueOf(1000)) <= 0) {
            String words = WORDS.get(n.intValue());
            return words != null && Pattern.compile("\\b(" + words + ")\\b").matcher(text).find();
        }
        return false;
    }

    private static boolean digits(String text, String number) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)").matcher(text).find();
    }
}
