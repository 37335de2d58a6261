package org.idlibchronicle.model;

import java.time.LocalDate;

/**
 * When an event happened. {@code start} and {@code end} bound it (equal for a single day; the
 * first and last day of the month for month precision); {@code precision} says how the
 * contributor gave it and {@code approximate} that the sources only give it roughly.
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, boolean approximate,
                        boolean range) implements Comparable<EventDate> {

    @Override
    public int compareTo(EventDate o) {
        int c = start.compareTo(o.start);
        if (c != 0) return c;
        // A day sorts before the month that contains it: the more precise first.
        c = precision.compareTo(o.precision);
        return c != 0 ? c : end.compareTo(o.end);
    }
}
