package org.idlibchronicle.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.EventDate;

/** Dates as readers see them: "27 February 2020", "August 2019", "1–5 August 2019", "c. May 2019". */
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


    /** The machine-readable value for a {@code <time datetime>} attribute. */
    public static String iso(EventDate d) {
        return d.precision() == DatePrecision.MONTH ? YearMonth.from(d.start()).toString() : d.start().toString();
    }
}
