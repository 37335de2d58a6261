package org.idlibchronicle.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.EventDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static EventDate day(String s) {
        LocalDate d = LocalDate.parse(s);
        return new EventDate(d, d, DatePrecision.DAY, false, false);
    }

    @Test
    void formatsEachPrecision() {
        assertEquals("27 February 2020", Dates.format(day("2020-02-27")));
        assertEquals("August 2019", Dates.format(new EventDate(LocalDate.parse("2019-08-01"),
                LocalDate.parse("2019-08-31"), DatePrecision.MONTH, false, false)));
        assertEquals("c. August 2019", Dates.format(new EventDate(LocalDate.parse("2019-08-01"),
                LocalDate.parse("2019-08-31"), DatePrecision.MONTH, true, false)));
        assertEquals("30–31 January 2020", Dates.format(new EventDate(LocalDate.parse("2020-01-30"),
                LocalDate.parse("2020-01-31"), DatePrecision.DAY, false, true)));
        assertEquals("28 February – 1 March 2020", Dates.format(new EventDate(LocalDate.parse("2020-02-28"),
                LocalDate.parse("2020-03-01"), DatePrecision.DAY, false, true)));
        assertEquals("2019-08", Dates.iso(new EventDate(LocalDate.parse("2019-08-01"),
                LocalDate.parse("2019-08-31"), DatePrecision.MONTH, false, false)));
    }
}
