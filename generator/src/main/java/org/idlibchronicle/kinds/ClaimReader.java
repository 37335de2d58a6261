package org.idlibchronicle.kinds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.load.Fields;
import org.idlibchronicle.load.QuotedFigures;
import org.idlibchronicle.model.Claim;

/**
 * An event's claims: a figure or a range, who gives it and in which source, checked for what a
 * schema cannot see (a range the wrong way round, a figure no report could give, a quote that does
 * not give the figure).
 */
final class ClaimReader {
    private ClaimReader() {}

    /**
     * The largest figure a claim may give: far above any count of people, weapons or money the
     * record reports, and small enough that every page, chart and export can print it in full
     * ({@code 1e999999999} is a valid YAML number that no page could print).
     */
    static final BigDecimal MAX_FIGURE = new BigDecimal("1000000000000");
    /** Decimal places a figure may have (a percentage like 12.75, a count in millions like 1.5). */
    static final int MAX_DECIMALS = 2;

    /** The claim at {@code p} of an event, or null when one of its values cannot be one (reported). */
    static Claim read(Fields f, String p, Problems problems) {
        Optional<BigDecimal> value = f.number(p + "/value");
        Optional<BigDecimal> min = f.number(p + "/min");
        Optional<BigDecimal> max = f.number(p + "/max");
        boolean plausible = true;
        for (String key : List.of("value", "min", "max")) {
            plausible &= plausibleFigure(f, p + "/" + key, problems);
        }
        if (!plausible) return null;
        if (value.isPresent() == (min.isPresent() || max.isPresent())) {
            problems.error(f.at(p), "a claim needs either 'value', or 'min' and 'max' for a range (not both)");
            return null;
        }
        if (value.isEmpty() && (min.isEmpty() || max.isEmpty())) {
            problems.error(f.at(p), "a range claim needs both 'min' and 'max'");
            return null;
        }
        BigDecimal lo = value.orElseGet(min::get);
        BigDecimal hi = value.orElseGet(max::get);
        if (lo.compareTo(hi) > 0) {
            problems.error(f.at(p + "/max"), "'max' (" + hi + ") is below 'min' (" + lo + ")");
            return null;
        }
        if (f.has(p + "/as_of") && f.date(p + "/as_of", false) == null) return null;
        String unit = f.text(p + "/unit");
        f.optText(p + "/quote").ifPresent(q -> {
            if (!f.has(p + "/figure_reviewed") && !QuotedFigures.gives(q, lo) && !QuotedFigures.gives(q, hi)) {
                problems.warning(f.at(p + "/quote"), "the quote does not give the figure " + (lo.equals(hi) ? lo.toPlainString()
                        : lo.toPlainString() + "–" + hi.toPlainString()) + ": quote the words that give it (in digits or in"
                        + " words), or, where it gives it in a way the build cannot see, say how in 'figure_reviewed:'");
            }
        });
        return new Claim(f.ref(p + "/claimant"), lo, hi, f.text(p + "/qualifier"), unit, f.text(p + "/of"),
                f.has(p + "/topic") ? f.text(p + "/topic") : unit, f.optText(p + "/as_of"),
                f.ref(p + "/source"), f.text(p + "/note"), f.at(p),
                f.optText(p + "/quote").map(q -> new org.idlibchronicle.model.Quote(q.strip().replaceAll("\\s+", " "), "",
                        f.at(p + "/quote"))));
    }

    /** Reports a figure too large or too finely divided to be a reported number. */
    private static boolean plausibleFigure(Fields f, String ptr, Problems problems) {
        Optional<BigDecimal> n = f.number(ptr);
        if (n.isEmpty()) return true;
        String field = "'" + ptr.substring(1).replace('/', '.') + "'";
        // Compared without printing: 1e999999999 written out in full would not fit in memory.
        if (n.get().abs().compareTo(MAX_FIGURE) > 0) {
            problems.error(f.at(ptr), field + " is " + n.get().round(new java.math.MathContext(3))
                    + ", larger than any reported figure (at most 1000000000000): check for a typo or a"
                    + " stray exponent; for a figure in millions or billions write the number in full");
            return false;
        }
        BigDecimal exact = n.get().stripTrailingZeros();
        if (exact.scale() > MAX_DECIMALS) {
            problems.error(f.at(ptr), field + " has " + exact.scale() + " decimal places; a figure may have at most "
                    + MAX_DECIMALS + ": round it as the source does");
            return false;
        }
        return true;
    }
}
