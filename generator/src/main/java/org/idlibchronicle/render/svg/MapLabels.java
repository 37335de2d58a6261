package org.idlibchronicle.render.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Places map labels without overlap: each label tries the right of its mark, then the left, above
 * and below, and takes the first spot that covers no mark and no label already placed and stays
 * inside the picture; a label with no free spot is left out (the list beside the map names every
 * place). Labels are placed in the order asked, so the most important go first. Widths are
 * estimated from the number of characters, which is enough for a sans-serif face.
 */
final class MapLabels {
    /** Where a label goes: its baseline start and its text-anchor. */
    record Spot(double x, double y, String anchor) {}

    private record Box(double x0, double y0, double x1, double y1) {
        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }
    }

    private static final double CHAR_WIDTH = 0.56;
    private static final double GAP = 3;
    private final double width;
    private final double height;
    private final List<Box> taken = new ArrayList<>();

    MapLabels(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Marks a circle as covered, so that no label is put over it. */
    void mark(double x, double y, double r) {
        taken.add(new Box(x - r, y - r, x + r, y + r));
    }

    /** A free spot for {@code text} beside a mark of radius {@code r} at {@code x, y}, or null. */
    Spot place(String text, double x, double y, double r, double size) {
        double w = text.length() * size * CHAR_WIDTH;
        double up = size * 0.75;
        double below = size * 0.25;
        Spot[] tries = {
                new Spot(x + r + GAP, y + up / 2, "start"),
                new Spot(x - r - GAP, y + up / 2, "end"),
                new Spot(x, y - r - GAP - below, "middle"),
                new Spot(x, y + r + GAP + up, "middle")};
        for (Spot s : tries) {
            if (take(s, w, up, below)) return s;
        }
        return null;
    }

    /** A free spot for {@code text} centred on {@code x, y} (a country's name), or null. */
    Spot centred(String text, double x, double y, double size) {
        Spot s = new Spot(x, y + size * 0.375, "middle");
        return take(s, text.length() * size * CHAR_WIDTH, size * 0.75, size * 0.25) ? s : null;
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
        taken.add(box);
        return true;
    }
}
