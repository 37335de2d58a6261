package org.idlibchronicle.render.svg;

import org.idlibchronicle.kind.ContentKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.model.EventDate;
import org.idlibchronicle.plan.AgreementPeriods;
import org.idlibchronicle.text.Dates;

/**
 * The timeline strip: events per week as bars, the periods when an agreement was in effect
 * shaded behind them, and each agreement's signing marked with a numbered pin. Events known only
 * to the month are not put in any week (that would invent a day): they are drawn as a thin band
 * across their month under the bars. Colours come from the stylesheet's classes, so the picture
 * follows dark mode and print. Each shaded period has its own pattern (not only a colour), which
 * the legend repeats. The picture is a group of links, not an image: every bar, band and pin is a
 * link in the Tab order, named by its text (the week and its count, the agreement and its date).
 */
public final class TimelineStrip {
    static final double COL = 7, LEFT = 30, RIGHT = 10, TOP = 22, BARS = 70, HEIGHT = 136;
    /** The narrowest strip, in picture units (the record's is about 960), and the widest bar in it. */
    static final double MIN_WIDTH = 700, MAX_BAR = 24;

    /** A numbered agreement pin, explained in the legend. */
    public record Pin(int number, String label, String href, String signed, String status, String statusKey) {}

    /** A shaded period, for the legend. */
    public record Band(String label, String href, String from, String to, String until, boolean open, String pattern) {}

    /** The fills that tell the shaded periods apart without colour: hatching each way, dots, stripes. */
    private static final String[] PATTERNS = {"M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5", "M0,0 L6,6 M-1,5 L1,7 M5,-1 L7,1",
            "M2,2 h2 v2 h-2 Z", "M3,0 V6"};
    /** The least distance between two pins' centres: their circles (radius 7) never touch. */
    private static final double PIN_GAP = 18;

    /** The picture and its legend. */
    public record Strip(String svgHtml, String summary, List<Pin> pins, List<Band> bands) {}

    private TimelineStrip() {}

    /**
     * @param events     every event's date, in date order
     * @param agreements every agreement
     * @param periods    the periods to shade ({@link AgreementPeriods})
     * @param page       the page the picture is placed on, for relative links
     * @param current    a month to highlight, or null
     */
    public static Strip draw(List<EventDate> events, List<Agreement> agreements, List<AgreementPeriods.Period> periods,
                             String page, YearMonth current) {
        return DRAWN.get(new Drawing(events, agreements, periods, page, current),
                d -> drawn(d.events(), d.agreements(), d.periods(), d.page(), d.current()));
    }

    /** A strip as a page draws it: what {@link #draw} is given. */
    private record Drawing(List<EventDate> events, List<Agreement> agreements, List<AgreementPeriods.Period> periods,
                           String page, YearMonth current) {}

    /** The strips last drawn: a rebuild remakes pages whose strips did not change. */
    private static final org.idlibchronicle.concurrent.RecentResults<Drawing, Strip> DRAWN =
            new org.idlibchronicle.concurrent.RecentResults<>(256);

    private static Strip drawn(List<EventDate> events, List<Agreement> agreements, List<AgreementPeriods.Period> periods,
                               String page, YearMonth current) {
        UnaryOperator<String> href = target -> PagePaths.relative(page, target);
        List<EventDate> dayEvents = events.stream().filter(e -> e.precision() == DatePrecision.DAY).toList();
        LocalDate first = events.stream().map(e -> e.start()).min(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
        LocalDate last = events.stream().map(e -> e.start()).max(Comparator.naturalOrder()).orElse(first);
        for (Agreement a : agreements) {
            LocalDate s = a.signed().start();
            if (s.isBefore(first)) first = s;
            if (s.isAfter(last)) last = s;
        }
        LocalDate origin = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (ChronoUnit.WEEKS.between(origin, last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) + 1);
        int[] counts = new int[weeks];
        EventDate[] firstOfWeek = new EventDate[weeks];
        for (EventDate e : dayEvents) {
            int w = (int) ChronoUnit.WEEKS.between(origin, e.start());
            if (counts[w]++ == 0) firstOfWeek[w] = e;
        }
        int max = 1;
        int busiest = 0;
        for (int w = 0; w < weeks; w++) {
            if (counts[w] > max) max = counts[w];
            if (counts[w] > counts[busiest]) busiest = w;
        }
        // A short span (a topic's few weeks) gets wider weeks, so that the strip keeps the record's
        // proportions: at 7 units a week, six weeks made a picture 100 units wide and 136 tall, which
        // the page then stretched to its whole width. The bars keep a sensible width inside them.
        double col = Math.max(COL, (MIN_WIDTH - LEFT - RIGHT) / weeks);
        double bar = Math.min(col - 1, MAX_BAR);
        double width = LEFT + weeks * col + RIGHT;
        LocalDate o = origin;
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LEFT + ChronoUnit.DAYS.between(o, d) * col / 7.0;
        String summary = "Events per week, " + Dates.month(YearMonth.from(origin)) + " to "
                + Dates.month(YearMonth.from(last)) + ". The busiest week, from " + Dates.day(origin.plusWeeks(busiest))
                + ", has " + counts[busiest] + (counts[busiest] == 1 ? " event" : " events") + ". Shaded: the periods when an agreement was in effect;"
                + " numbered pins: the day each agreement was signed.";

        Svg svg = new Svg(width, HEIGHT, "class", "timeline-strip", "role", "group", "aria-label", summary,
                "preserveAspectRatio", "xMinYMin meet");
        svg.open("defs");
        for (int k = 0; k < PATTERNS.length; k++) {
            svg.open("pattern", "id", patternId(k), "width", "6", "height", "6", "patternUnits", "userSpaceOnUse");
            svg.empty("rect", "class", "band-ground", "width", "6", "height", "6");
            svg.empty("path", "class", "band-mark", "d", PATTERNS[k]);
            svg.close();
        }
        svg.close();
        // Periods first, so that bars are drawn over them.
        List<Band> bands = new ArrayList<>();
        for (AgreementPeriods.Period p : periods) {
            String from = Dates.day(p.start());
            String to = p.open() ? p.until() : Dates.day(p.end()) + " (" + p.until() + ")";
            String label = p.agreement().shortName();
            double x0 = x.applyAsDouble(p.start());
            double x1 = Math.max(x0 + 2, x.applyAsDouble(p.end().plusDays(1)));
            String pattern = patternId(bands.size() % PATTERNS.length);
            String bandHref = href.apply(ContentKind.AGREEMENT.pagePath(p.agreement().id()));
            svg.open("a", "href", bandHref);
            svg.open("rect", "class", p.open() ? "period open" : "period", "x", Svg.num(x0), "y", Svg.num(TOP - 4),
                    "width", Svg.num(x1 - x0), "height", Svg.num(BARS + 4), "fill", "url(#" + pattern + ")");
            svg.text("title", label + " in effect: from " + from + ", to " + to).close();
            svg.close();
            bands.add(new Band(label, bandHref, from, p.open() ? "" : Dates.day(p.end()), p.until(), p.open(), pattern));
        }
        // Month ticks and year labels along the axis.
        double axis = TOP + BARS;
        svg.empty("line", "class", "axis", "x1", Svg.num(LEFT), "y1", Svg.num(axis), "x2", Svg.num(width - RIGHT),
                "y2", Svg.num(axis));
        // A short strip names every month, the first one with its year; the record's names every third.
        boolean everyMonth = col > COL;
        if (everyMonth) {
            YearMonth start = YearMonth.from(origin);
            svg.text("text", start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "class", "label",
                    "x", Svg.num(LEFT + 2), "y", Svg.num(axis + 24));
            svg.text("text", String.valueOf(start.getYear()), "class", "label year", "x", Svg.num(LEFT + 2),
                    "y", Svg.num(axis + 38));
        }
        for (YearMonth m = YearMonth.from(origin).plusMonths(1); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
            double mx = x.applyAsDouble(m.atDay(1));
            boolean year = m.getMonthValue() == 1;
            svg.empty("line", "class", year ? "tick year" : "tick", "x1", Svg.num(mx), "y1", Svg.num(axis),
                    "x2", Svg.num(mx), "y2", Svg.num(axis + (year ? 30 : 4)));
            if (everyMonth || m.getMonthValue() % 3 == 1) {
                svg.text("text", m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "class", "label",
                        "x", Svg.num(mx + 2), "y", Svg.num(axis + 24));
            }
            if (year) {
                svg.text("text", String.valueOf(m.getYear()), "class", "label year", "x", Svg.num(mx + 2),
                        "y", Svg.num(axis + 38));
            }
        }
        svg.text("text", String.valueOf(max), "class", "label", "x", Svg.num(LEFT - 4), "y", Svg.num(TOP + 4),
                "text-anchor", "end");
        svg.text("text", "0", "class", "label", "x", Svg.num(LEFT - 4), "y", Svg.num(axis), "text-anchor", "end");
        svg.empty("line", "class", "grid", "x1", Svg.num(LEFT), "y1", Svg.num(TOP), "x2", Svg.num(width - RIGHT),
                "y2", Svg.num(TOP));
        // Weekly bars, each linked to its first event's day on the month page.
        for (int w = 0; w < weeks; w++) {
            if (counts[w] == 0) continue;
            LocalDate monday = origin.plusWeeks(w);
            double h = Math.max(1.5, counts[w] * BARS / max);
            EventDate e = firstOfWeek[w];
            YearMonth month = YearMonth.from(e.start());
            boolean here = current != null && (YearMonth.from(monday).equals(current)
                    || YearMonth.from(monday.plusDays(6)).equals(current));
            svg.open("a", "href", href.apply(PagePaths.month(month)) + "#" + PagePaths.dayAnchor(e));
            svg.empty("rect", "class", here ? "bar current" : "bar", "x", Svg.num(x.applyAsDouble(monday) + (col - bar) / 2),
                    "y", Svg.num(axis - h), "width", Svg.num(bar), "height", Svg.num(h));
            svg.text("title", "Week from " + Dates.day(monday) + ": " + counts[w] + (counts[w] == 1 ? " event" : " events"));
            svg.close();
        }
        // Events known only to the month: a band across the month.
        // Each links to where the first of them is listed (the month without a day, else the span group).
        TreeMap<YearMonth, Integer> monthOnly = new TreeMap<>();
        TreeMap<YearMonth, EventDate> firstOfMonth = new TreeMap<>();
        events.stream().filter(e -> e.precision() == DatePrecision.MONTH).forEach(e -> {
            monthOnly.merge(YearMonth.from(e.start()), 1, Integer::sum);
            firstOfMonth.merge(YearMonth.from(e.start()), e, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        monthOnly.forEach((m, n) -> {
            double x0 = x.applyAsDouble(m.atDay(1));
            double x1 = x.applyAsDouble(m.atEndOfMonth().plusDays(1));
            svg.open("a", "href", href.apply(PagePaths.month(m)) + "#" + PagePaths.dayAnchor(firstOfMonth.get(m)));
            svg.empty("rect", "class", "month-only", "x", Svg.num(x0), "y", Svg.num(axis + 7), "width",
                    Svg.num(x1 - x0 - 1), "height", "3");
            svg.text("title", Dates.month(m) + ": " + n + (n == 1 ? " event" : " events") + " dated only to the month");
            svg.close();
        });
        // Numbered pins for the agreements.
        List<Agreement> signedOrder = agreements.stream()
                .sorted(Comparator.comparing(Agreement::signed).thenComparing(Agreement::id)).toList();
        List<Pin> pins = new ArrayList<>();
        double lastCx = -100;
        for (int i = 0; i < signedOrder.size(); i++) {
            Agreement a = signedOrder.get(i);
            double px = x.applyAsDouble(a.signed().start());
            // A pin too close to the previous one is moved right, its stem still at the date.
            double cx = Math.max(px, lastCx + PIN_GAP);
            lastCx = cx;
            double py = 9;
            String target = href.apply(ContentKind.AGREEMENT.pagePath(a.id()));
            svg.open("a", "href", target);
            svg.empty("polyline", "class", "pin", "points", Svg.num(cx) + "," + Svg.num(py + 6) + " " + Svg.num(px) + ","
                    + Svg.num(TOP - 4) + " " + Svg.num(px) + "," + Svg.num(axis));
            svg.empty("circle", "class", "pin", "cx", Svg.num(cx), "cy", Svg.num(py), "r", "7");
            svg.text("text", String.valueOf(i + 1), "class", "pin-label", "x", Svg.num(cx), "y", Svg.num(py + 3.5),
                    "text-anchor", "middle");
            svg.text("title", (i + 1) + ": " + a.shortName() + ", signed " + Dates.format(a.signed()));
            svg.close();
            pins.add(new Pin(i + 1, a.shortName(), target, Dates.format(a.signed()), a.status().label(), a.status().key()));
        }
        return new Strip(svg.finish(), summary, List.copyOf(pins), List.copyOf(bands));
    }

    /** The id of a band pattern, one per page: a page holds at most one timeline. */
    private static String patternId(int k) {
        return "timeline-band-" + (k + 1);
    }
}
