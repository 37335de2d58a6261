package org.idlibchronicle.render.svg;

import org.idlibchronicle.kind.ContentKind;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.idlibchronicle.link.ClaimSet;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.model.Actor;
import org.idlibchronicle.model.Claim;
import org.idlibchronicle.model.DatePrecision;
import org.idlibchronicle.text.Dates;

/**
 * Figures of one claim topic over time (the one {@code site.yaml} names under {@code chart:}; here,
 * displacement), one mark per claim, each linked to the event that records it. Figures are not joined by a line:
 * they come from different claimants counting different things (since December, in one week),
 * and a line would suggest one series. A range is drawn as a vertical bar; a figure dated only
 * to the month as a horizontal bar across the month, with its mark in the middle.
 */
public final class DisplacementChart {
    static final double WIDTH = 640, HEIGHT = 316, LEFT = 66, RIGHT = 14, TOP = 30, BOTTOM = 40;

    /** One figure, for the table printed with the picture. */
    public record Point(String date, String dateIso, String figure, String unit, String of, String claimant,
                        String claimantHref, String event, String eventHref) {}

    /** {@code axis} says what the vertical axis counts, in a sentence; {@code legend}, each claimant's mark. */
    public record Chart(String svgHtml, String summary, String axis, List<Point> points, List<LegendEntry> legend) {}

    /** A claimant and its mark, drawn as a small picture of its own for the legend under the chart. */
    public record LegendEntry(String claimant, String href, String markSvg) {}

    /**
     * The marks that tell claimants apart without colour (all marks were one colour, so a reader
     * could not tell whose figure was whose): five shapes, filled, then the same five hollow.
     */
    static final String[] SHAPES = {"circle", "square", "triangle", "diamond", "down"};

    /** The outline of mark {@code k} centred on (cx, cy): circle, square, triangle, diamond or downward triangle. */
    static String shapePath(int k, double cx, double cy) {
        double r = 5.5;
        return switch (SHAPES[k % SHAPES.length]) {
            case "square" -> "M" + Svg.num(cx - r + 1) + "," + Svg.num(cy - r + 1) + "h" + Svg.num(2 * r - 2) + "v" + Svg.num(2 * r - 2)
                    + "h" + Svg.num(-(2 * r - 2)) + "Z";
            case "triangle" -> "M" + Svg.num(cx) + "," + Svg.num(cy - r - 1) + "L" + Svg.num(cx + r + 0.5) + "," + Svg.num(cy + r - 1)
                    + "L" + Svg.num(cx - r - 0.5) + "," + Svg.num(cy + r - 1) + "Z";
            case "diamond" -> "M" + Svg.num(cx) + "," + Svg.num(cy - r - 1) + "L" + Svg.num(cx + r + 1) + "," + Svg.num(cy)
                    + "L" + Svg.num(cx) + "," + Svg.num(cy + r + 1) + "L" + Svg.num(cx - r - 1) + "," + Svg.num(cy) + "Z";
            case "down" -> "M" + Svg.num(cx - r - 0.5) + "," + Svg.num(cy - r + 1) + "L" + Svg.num(cx + r + 0.5) + "," + Svg.num(cy - r + 1)
                    + "L" + Svg.num(cx) + "," + Svg.num(cy + r + 1) + "Z";
            default -> "M" + Svg.num(cx - r) + "," + Svg.num(cy) + "a" + Svg.num(r) + "," + Svg.num(r) + " 0 1,0 "
                    + Svg.num(2 * r) + ",0a" + Svg.num(r) + "," + Svg.num(r) + " 0 1,0 " + Svg.num(-2 * r) + ",0Z";
        };
    }

    /** The classes of mark {@code k}: its shape, filled for the first five claimants and hollow for the next five. */
    static String shapeClass(int k) {
        return "mark " + SHAPES[k % SHAPES.length] + ((k / SHAPES.length) % 2 == 0 ? "" : " hollow");
    }

    private record Mark(LocalDate from, LocalDate to, Claim claim, ClaimSet set) {
        LocalDate middle() {
            return from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
        }
    }

    private DisplacementChart() {}

    /** The chart for a page at {@code page}; empty when the record holds no such claims. */
    public static java.util.Optional<Chart> draw(List<ClaimSet> sets, java.util.Map<String, Actor> actors, String page) {
        List<Mark> marks = new ArrayList<>();
        for (ClaimSet set : sets) {
            for (Claim c : set.claims()) {
                String when = c.asOf().orElse(null);
                LocalDate from;
                LocalDate to;
                if (when != null && when.length() == 7) {
                    from = YearMonth.parse(when).atDay(1);
                    to = YearMonth.parse(when).atEndOfMonth();
                } else if (when != null) {
                    from = to = LocalDate.parse(when);
                } else if (set.event().date().precision() == DatePrecision.MONTH) {
                    from = set.event().date().start();
                    to = set.event().date().end();
                } else {
                    from = to = set.event().date().start();
                }
                marks.add(new Mark(from, to, c, set));
            }
        }
        if (marks.isEmpty()) return java.util.Optional.empty();
        marks.sort(Comparator.comparing(Mark::middle).thenComparing(m -> m.claim().min()).thenComparing(m -> m.set().event().id()));

        LocalDate start = YearMonth.from(marks.stream().map(Mark::from).min(Comparator.naturalOrder()).get()).atDay(1);
        LocalDate end = YearMonth.from(marks.stream().map(Mark::to).max(Comparator.naturalOrder()).get()).atEndOfMonth().plusDays(1);
        double top = marks.stream().mapToDouble(m -> m.claim().max().doubleValue()).max().orElse(1);
        double step = niceStep(top / 4);
        double yMax = Math.ceil(top / step) * step;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        long days = ChronoUnit.DAYS.between(start, end);
        java.util.function.ToDoubleFunction<LocalDate> x = d -> LEFT + ChronoUnit.DAYS.between(start, d) * plotW / days;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - v / yMax * plotH;
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.ENGLISH);

        Mark highest = marks.stream().max(Comparator.comparing((Mark m) -> m.claim().max())).get();
        String summary = "Displacement figures reported between " + Dates.month(YearMonth.from(start)) + " and "
                + Dates.month(YearMonth.from(end.minusDays(1))) + ", " + marks.size() + " figures from "
                + marks.stream().map(m -> m.claim().claimant().id()).distinct().count()
                + " claimants; the highest is " + f.format(highest.claim().max()) + " "
                + highest.claim().unit() + ". Each figure is listed in the table below.";
        Svg svg = new Svg(WIDTH, HEIGHT, "class", "chart displacement-chart", "role", "group", "aria-label", summary);
        // Large figures are labelled in thousands, so that labels stay short enough to read on a phone.
        boolean thousands = yMax >= 10_000;
        // The unit on the axis itself, above its labels: a reader of the picture alone still knows it.
        svg.text("text", thousands ? "Thousands" : "Number", "class", "label unit", "x", "4", "y", Svg.num(TOP - 14));
        for (double v = 0; v <= yMax + step / 2; v += step) {
            double gy = y.applyAsDouble(v);
            svg.empty("line", "class", v == 0 ? "axis" : "grid", "x1", Svg.num(LEFT), "y1", Svg.num(gy),
                    "x2", Svg.num(WIDTH - RIGHT), "y2", Svg.num(gy));
            svg.text("text", f.format(thousands ? v / 1000 : v), "class", "label", "x", Svg.num(LEFT - 6),
                    "y", Svg.num(gy + 4), "text-anchor", "end");
        }
        for (YearMonth m = YearMonth.from(start); m.atDay(1).isBefore(end); m = m.plusMonths(1)) {
            double mx = x.applyAsDouble(m.atDay(1));
            svg.empty("line", "class", "tick", "x1", Svg.num(mx), "y1", Svg.num(TOP + plotH), "x2", Svg.num(mx),
                    "y2", Svg.num(TOP + plotH + 5));
            String label = m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + (m.getMonthValue() == 1 || m.atDay(1).equals(start) ? " " + m.getYear() : "");
            svg.text("text", label, "class", "label", "x", Svg.num(mx + 3), "y", Svg.num(TOP + plotH + 18));
        }
        List<Point> points = new ArrayList<>();
        // Each claimant's mark, in the order claimants first appear, so that the same record draws the same marks.
        java.util.Map<String, Integer> shapeOf = new java.util.LinkedHashMap<>();
        for (Mark m : marks) shapeOf.putIfAbsent(m.claim().claimant().id(), shapeOf.size());
        for (Mark m : marks) {
            Claim c = m.claim();
            String eventHref = PagePaths.relative(page, ContentKind.EVENT.pagePath(m.set().event().id()));
            Actor claimant = actors.get(c.claimant().id());
            String who = claimant.shortName().isEmpty() ? claimant.name() : claimant.shortName();
            String figure = figure(c, f);
            String date = m.from().equals(m.to()) ? Dates.day(m.from())
                    : Dates.month(YearMonth.from(m.from()));
            double cx = x.applyAsDouble(m.middle());
            svg.open("a", "href", eventHref, "class", "point");
            svg.text("title", date + ": " + figure + " " + c.unit() + " (" + c.of() + "), according to " + who);
            if (!m.from().equals(m.to())) {
                svg.empty("line", "class", "span", "x1", Svg.num(x.applyAsDouble(m.from())), "y1",
                        Svg.num(y.applyAsDouble(c.min().doubleValue())), "x2",
                        Svg.num(x.applyAsDouble(m.to().plusDays(1))), "y2", Svg.num(y.applyAsDouble(c.min().doubleValue())));
            }
            if (c.isRange()) {
                svg.empty("line", "class", "span", "x1", Svg.num(cx), "y1", Svg.num(y.applyAsDouble(c.min().doubleValue())),
                        "x2", Svg.num(cx), "y2", Svg.num(y.applyAsDouble(c.max().doubleValue())));
            }
            int k = shapeOf.get(c.claimant().id());
            svg.empty("path", "class", shapeClass(k), "d", shapePath(k, cx, y.applyAsDouble(c.max().doubleValue())));
            svg.close();
            points.add(new Point(date, m.from().equals(m.to()) ? m.from().toString() : YearMonth.from(m.from()).toString(),
                    figure, c.unit(), c.of(), who, PagePaths.relative(page, ContentKind.ACTOR.pagePath(claimant.id())),
                    m.set().event().title(), eventHref));
        }
        List<LegendEntry> legend = new ArrayList<>();
        shapeOf.forEach((id, k) -> {
            Actor claimant = actors.get(id);
            Svg mark = new Svg(16, 16, "class", "chart-legend-mark", "aria-hidden", "true");
            mark.empty("path", "class", shapeClass(k), "d", shapePath(k, 8, 8));
            legend.add(new LegendEntry(claimant.shortName().isEmpty() ? claimant.name() : claimant.shortName(),
                    PagePaths.relative(page, ContentKind.ACTOR.pagePath(id)), mark.finish()));
        });
        return java.util.Optional.of(new Chart(svg.finish(), summary, thousands ? "Vertical axis: the figure as reported, in thousands." : "Vertical axis: the figure as reported.",
                List.copyOf(points), List.copyOf(legend)));
    }

    private static String figure(Claim c, NumberFormat f) {
        String value = c.isRange() ? f.format(c.min()) + "–" + f.format(c.max()) : f.format(c.min());
        return c.qualifier().isEmpty() ? value : c.qualifier() + " " + value;
    }

    /** 1, 2 or 2.5, or 5 times a power of ten: gridlines readers can add up. */
    static double niceStep(double raw) {
        if (raw <= 0) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= raw) return m * p;
        }
        return 10 * p;
    }
}
