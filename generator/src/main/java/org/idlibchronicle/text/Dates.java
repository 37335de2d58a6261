package org.idlibchronicle.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.EventDate;

/**
 * Dates as readers see them: "27 February 2020", "August 2019", "1–5 August 2019", "c. May 2019";
 * and as machines read them (ISO 8601, to the day or the month). The one place dates are written:
 * pages, data exports and the search index all format through here.
 */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Dates() {}

    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    public static String month(YearMonth m) {
        return MONTH.format(m);
    }

    public static String format(EventDate d) {
        String text;
        if (d.precision() == DatePrecision.MONTH) {
            YearMonth from = YearMonth.from(d.start());
            YearMonth to = YearMonth.from(d.end());
            text = from.equals(to) ? MONTH.format(from) : MONTH.format(from) + " – " + MONTH.format(to);
        } else if (!d.range()) {
            text = DAY.format(d.start());
        } else if (d.start().getYear() != d.end().getYear()) {
            text = DAY.format(d.start()) + " – " + DAY.format(d.end());
        } else if (d.start().getMonth() != d.end().getMonth()) {
            text = DAY_MONTH.format(d.start()) + " – " + DAY.format(d.end());
        } else {
            text = d.start().getDayOfMonth() + "–" + DAY.format(d.end());
        }
        return d.approximate() ? "c. " + text : text;
    }


    /** A date given to the day or the month in ISO form ("2020-02-06", "2019-08") in words; anything else as it is. */
    public static String partial(String iso) {
        if (iso.length() == 7) return month(YearMonth.parse(iso));
        if (iso.length() >= 10) return day(LocalDate.parse(iso.substring(0, 10)));
        return iso;
    }

    /** A day in ISO form, or only its month ("2019-08") when the day is not known. */
    public static String iso(LocalDate d, DatePrecision precision) {
        return precision == DatePrecision.MONTH ? YearMonth.from(d).toString() : d.toString();
    }

    /** The machine-readable value for a {@code <time datetime>} attribute. */
    public static String iso(EventDate d) {
        return iso(d.start(), d.precision());
    }
}
