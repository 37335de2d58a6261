package org.idlibchronicle.index;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** A date as the words a reader types: "2020-02-06" → "6 February 2020", "2019-08" → "August 2019". */
final class DateWords {
    private DateWords() {}

    static String of(String isoDate) {
        if (isoDate.length() == 7) {
            java.time.YearMonth m = java.time.YearMonth.parse(isoDate);
            return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
        }
        if (isoDate.length() < 10) return isoDate;
        LocalDate d = LocalDate.parse(isoDate.substring(0, 10));
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }
}
