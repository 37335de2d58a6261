package org.idlibchronicle.link;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.idlibchronicle.model.Event;

/**
 * The events in date order, grouped by the month they start in, with each event's place in the
 * sequence for previous/next navigation.
 */
public record Chronology(List<Event> events, NavigableMap<YearMonth, List<Event>> byMonth,
                         Map<String, Integer> positions) {

    public Optional<Event> previous(Event e) {
        int i = positions.get(e.id());
        return i > 0 ? Optional.of(events.get(i - 1)) : Optional.empty();
    }

    public Optional<Event> next(Event e) {
        int i = positions.get(e.id());
        return i + 1 < events.size() ? Optional.of(events.get(i + 1)) : Optional.empty();
    }

    public static YearMonth monthOf(Event e) {
        return YearMonth.from(e.date().start());
    }
}
