package org.idlibchronicle.render.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Places map labels without overlap: each label tries the right of its mark, then the left, above,
 * below and the four corners, and takes the first spot that covers no mark, no label already
 * placed and no line (a road), and stays inside the picture; a label with no free spot is left out
 * (the list beside the map names every place). Labels are placed in the order asked, so the most
 * important go first. Widths are estimated from the number of characters with a margin for the
 * widest sans-serif faces; MapLabelsIT measures the labels as Chromium draws them on every map.
 */
final class MapLabels {
    /**
     * Where a label goes: its baseline start and its text-anchor, and the line from its mark to it
     * (x0, y0, x1, y1) when it stands away from the mark, or null.
     */
    record Spot(double x, double y, String anchor, double[] leader) {
        Spot(double x, double y, String anchor) {
            this(x, y, anchor, null);
        }
    }

    private record Box(double x0, double y0, double x1, double y1) {
        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }

        /** Whether the segment {@code l} (x0, y0, x1, y1) passes through this box: Liang-Barsky clipping. */
        boolean crossedBy(double[] l) {
            double dx = l[2] - l[0];
            double dy = l[3] - l[1];
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {l[0] - x0, x1 - l[0], l[1] - y0, y1 - l[1]};
            double enter = 0;
            double leave = 1;
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) return false;
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) enter = Math.max(enter, t);
                    else leave = Math.min(leave, t);
                }
            }
            return enter <= leave;
        }
    }

    private static final double CHAR_WIDTH = 0.56;
    /**
     * A label's box above and below its baseline, in ems: the font's whole em box (DejaVu Sans, the
     * face Chromium uses for system-ui on Debian, has 0.93 and 0.24), not only its capitals, since a
     * road crossing the space above a label's x-height still runs into its letters' ascenders.
     */
    private static final double ASCENT = 0.93, DESCENT = 0.24;
    /** Capital height in ems: a label beside a mark is centred on its capitals. */
    private static final double CAP = 0.75;
    private static final double GAP = 3;
    private final double width;
    private final double height;
    private final List<Box> taken = new ArrayList<>();
    /** Lines no label may cross, as x0, y0, x1, y1. */
    private final List<double[]> lines = new ArrayList<>();

    MapLabels(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Marks a circle as covered, so that no label is put over it. */
    void mark(double x, double y, double r) {
        taken.add(new Box(x - r, y - r, x + r, y + r));
    }

    /** Marks a rectangle as covered: the scale bar. */
    void reserve(double x0, double y0, double x1, double y1) {
        taken.add(new Box(x0, y0, x1, y1));
    }

    /** Marks a line as one no label may cross: a road's segment. */
    void line(double x0, double y0, double x1, double y1) {
        lines.add(new double[] {x0, y0, x1, y1});
    }

    /** A free spot for {@code text} beside a mark of radius {@code r} at {@code x, y}, or null. */
    Spot place(String text, double x, double y, double r, double size) {
        double w = text.length() * size * CHAR_WIDTH;
        double up = size * ASCENT;
        double below = size * DESCENT;
        double cap = size * CAP;
        // The corners sit where the circle's diagonal leaves it, so a label there stays close to it.
        double d = r * 0.7 + GAP;
        Spot[] tries = {
                new Spot(x + r + GAP, y + cap / 2, "start"),
                new Spot(x - r - GAP, y + cap / 2, "end"),
                new Spot(x, y - r - GAP - below, "middle"),
                new Spot(x, y + r + GAP + cap, "middle"),
                new Spot(x + d, y - d, "start"),
                new Spot(x + d, y + d + cap, "start"),
                new Spot(x - d, y - d, "end"),
                new Spot(x - d, y + d + cap, "end")};
        for (Spot s : tries) {
            if (take(s, w, up, below)) return s;
        }
        return away(x, y, r, w, up, below, cap);
    }

    /** How far a label may stand from its mark, with a line to it, when no spot beside the mark is free. */
    private static final double[] LEADERS = {16, 28, 42, 56, 70};
    /** The directions tried, in degrees clockwise from east: the sides first, then the corners, then between. */
    private static final int[] DIRECTIONS = {0, 180, -45, 45, -135, 135, -90, 90, -22, 22, -158, 158, -68, 68, -112, 112};

    /**
     * A spot away from a crowded mark, joined to it by a line (a leader, as cartographers call it):
     * the nearest, in the order of {@link #DIRECTIONS}, whose label is free and whose line crosses no
     * other mark or label. Sarmin, between Idlib, Afs and Saraqib, has no free spot beside it.
     */
    private Spot away(double x, double y, double r, double w, double up, double below, double cap) {
        for (double length : LEADERS) {
            for (int degrees : DIRECTIONS) {
                double cos = Math.cos(Math.toRadians(degrees));
                double sin = Math.sin(Math.toRadians(degrees));
                double[] leader = {x + r * cos, y + r * sin, x + (r + length) * cos, y + (r + length) * sin};
                // Checked from outside the mark's own square, which the line starts inside.
                double[] clear = {x + r * 1.45 * cos, y + r * 1.45 * sin, leader[2], leader[3]};
                if (taken.stream().anyMatch(b -> b.crossedBy(clear)) || lines.stream().anyMatch(l -> crosses(l, clear))) continue;
                double ex = leader[2];
                double ey = leader[3];
                Spot s = cos > 0.3 ? new Spot(ex + GAP, ey + cap / 2, "start", leader)
                        : cos < -0.3 ? new Spot(ex - GAP, ey + cap / 2, "end", leader)
                        : sin < 0 ? new Spot(ex, ey - GAP - below, "middle", leader)
                        : new Spot(ex, ey + GAP + cap, "middle", leader);
                if (take(s, w, up, below)) {
                    lines.add(leader);
                    return s;
                }
            }
        }
        return null;
    }

    /** Whether two segments (x0, y0, x1, y1) cross. */
    private static boolean crosses(double[] a, double[] b) {
        double d1 = side(b, a[0], a[1]);
        double d2 = side(b, a[2], a[3]);
        double d3 = side(a, b[0], b[1]);
        double d4 = side(a, b[2], b[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double side(double[] l, double x, double y) {
        return (l[2] - l[0]) * (y - l[1]) - (l[3] - l[1]) * (x - l[0]);
    }

    /** A free spot for {@code text} centred on {@code x, y} (a country's name, its letters spaced by {@code letterSpacing} ems), or null. */
    Spot centred(String text, double x, double y, double size, double letterSpacing) {
        Spot s = new Spot(x, y + size * CAP / 2, "middle");
        return take(s, text.length() * size * (CHAR_WIDTH + letterSpacing), size * ASCENT, size * DESCENT) ? s : null;
    }

    /** Takes the box of a label at {@code s} if it is free and inside the picture. */
    private boolean take(Spot s, double w, double up, double below) {
        double x0 = switch (s.anchor()) {
            case "start" -> s.x();
            case "end" -> s.x() - w;
            default -> s.x() - w / 2;
        };
        Box box = new Box(x0, s.y() - up, x0 + w, s.y() + below);
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) return false;
        if (taken.stream().anyMatch(box::overlaps)) return false;
        if (lines.stream().anyMatch(box::crossedBy)) return false;
        taken.add(box);
        return true;
    }
}
