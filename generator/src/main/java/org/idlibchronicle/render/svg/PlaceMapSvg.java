package org.idlibchronicle.render.svg;

import org.idlibchronicle.kind.ContentKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.link.PagePaths;
import org.idlibchronicle.plan.PlaceMap;
import org.idlibchronicle.plan.PlaceMap.Spot;
import org.idlibchronicle.plan.PlaceMaps;

/**
 * Draws a {@link PlaceMap} as inline SVG: Natural Earth's land, Syria, coast and borders, the
 * cities labelled for orientation, roads as schematic lines, and the record's places as circles
 * sized by their events, each a link to its page with an accessible name. The outline is
 * decoration ({@code aria-hidden}); the links are the content, so the picture is a group, not an
 * image, whenever it has any. An overview shows the whole region, a month's map the area of its
 * places, a locator the whole region small. Colours come from the stylesheet's classes, so the
 * map follows dark mode and print.
 */
public final class PlaceMapSvg {
    /** A place in the list beside the map: {@code href} is empty for the page's own place. */
    public record Entry(String label, String href, String kind, int events) {}

    /**
     * The picture and what the page prints with it.
     *
     * @param kind    {@code overview}, {@code events} or {@code locator}, for the stylesheet
     * @param mapHref the map page, empty on the map page itself
     * @param coordinates where the one place of a place's locator is, as its page prints it; else empty
     */
    public record Drawn(String svgHtml, String summary, String kind, List<Entry> located, List<Entry> beyond,
                        List<Entry> unlocated, List<String> roads, String attribution, String mapHref, String coordinates,
                        Drawn wider) {}

    static final double WIDE = 520, SMALL = 240;
    /**
     * The label sizes room is made for: on the large maps, those the stylesheet gives on a phone,
     * where the picture is scaled down and its words grow to stay readable (12 and 11 units on a
     * wider screen, so there is room to spare); the locators' words do not grow.
     */
    static final double LABEL = 15, CITY = 13, SMALL_LABEL = 11, SMALL_CITY = 9;
    /** The country names' letter spacing, in ems, as the stylesheet gives it. */
    static final double AREA_SPACING = 0.25;
    /** A map as a page draws it: the map, and the page its links start from. */
    private record Drawing(PlaceMap map, String page) {}

    /** The maps last drawn: a rebuild remakes pages whose maps did not change. */
    private static final org.idlibchronicle.concurrent.RecentResults<Drawing, Drawn> DRAWN =
            new org.idlibchronicle.concurrent.RecentResults<>(1024);

    /** Around a month's places: enough to see the towns nearby, never past the region. */
    static final double PAD = 0.15, MIN_LON = 0.9, MIN_LAT = 0.7;

    private PlaceMapSvg() {}

    public static Drawn draw(PlaceMap map, String page) {
        return DRAWN.get(new Drawing(map, page), d -> drawn(d.map(), d.page()));
    }

    private static Drawn drawn(PlaceMap map, String page) {
        Region region = map.region();
        boolean locator = map.kind() == PlaceMap.Kind.LOCATOR;
        boolean wider = map.extent() == PlaceMap.Extent.WIDER;
        Region.Bounds whole = wider ? region.wider().bounds() : region.bounds();
        Region.Bounds view = map.kind() == PlaceMap.Kind.EVENTS && !wider ? around(map, whole) : whole;
        MapProjection pr = MapProjection.of(view, locator ? SMALL : WIDE);
        List<Entry> located = map.located().stream().map(s -> entry(s, page)).toList();
        List<Entry> beyond = map.beyond().stream().map(s -> entry(s, page)).toList();
        List<Entry> unlocated = map.unlocated().stream().map(s -> entry(s, page)).toList();
        boolean links = located.stream().anyMatch(e -> !e.href().isEmpty());
        String summary = summary(map, region, view);

        Svg svg = new Svg(pr.width(), pr.height(), "class", "place-map " + key(map.kind()),
                "role", links ? "group" : "img", "aria-label", summary);
        if (wider) widerOutline(svg, region, pr);
        else outline(svg, region, pr);
        MapLabels labels = new MapLabels(pr.width(), pr.height());
        List<Spot> drawn = map.located().stream()
                .sorted(Comparator.comparingInt(Spot::events).reversed().thenComparing(Spot::name)).toList();
        for (Spot s : drawn) {
            labels.mark(pr.x(lon(s)), pr.y(lat(s)), radius(s, locator || wider));
        }
        if (!wider) scale(svg, pr, labels, locator ? SMALL_LABEL : CITY);
        // Roads are lines no label may cross: they are marked before any label is placed.
        for (PlaceMap.Road road : map.roads()) {
            for (int i = 1; i < road.through().size(); i++) {
                Spot a = road.through().get(i - 1);
                Spot b = road.through().get(i);
                labels.line(pr.x(lon(a)), pr.y(lat(a)), pr.x(lon(b)), pr.y(lat(b)));
            }
        }
        java.util.Set<String> drawnIds = new java.util.HashSet<>();
        drawn.forEach(s -> s.location().id().ifPresent(drawnIds::add));
        if (!wider) cities(svg, region, pr, labels, locator, drawnIds);
        List<String> roads = new ArrayList<>();
        for (PlaceMap.Road road : map.roads()) {
            roads.add(road.name());
            road(svg, road, pr, labels);
        }
        // Larger circles first, so that a small place is never hidden under a large one.
        for (Spot s : drawn) place(svg, s, page, pr, labels, locator, locator || wider);
        String airfields = map.located().stream().anyMatch(s -> s.location().source().equals("ourairports"))
                && region.attribution().airfields() != null ? region.attribution().airfields() + ". " : "";
        String attribution = region.attribution().cities() + ". " + airfields + region.attribution().outline() + ".";
        return new Drawn(svg.finish(), summary, key(map.kind()), located, beyond, unlocated, roads, attribution,
                page.equals(PlaceMaps.PAGE) ? "" : PagePaths.relative(page, PlaceMaps.PAGE), coordinates(map, page),
                map.wider().map(w -> draw(w, page)).orElse(null));
    }

    /** Kilometres in a degree of latitude (the mean; it varies by half a percent from equator to pole). */
    static final double KM_PER_DEGREE = 111.2;
    private static final int[] SCALE_LENGTHS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000};

    /**
     * A scale bar in the lower left corner: the longest round number of kilometres that fits a fifth
     * of the picture. The projection keeps distances true in every direction near the middle
     * latitude, which over a region of two degrees is everywhere within a percent.
     */
    private static void scale(Svg svg, MapProjection pr, MapLabels labels, double size) {
        double perKm = pr.perLat() / KM_PER_DEGREE;
        int km = SCALE_LENGTHS[0];
        for (int length : SCALE_LENGTHS) {
            if (length * perKm <= pr.width() / 5) km = length;
        }
        double x = 8;
        double y = pr.height() - 8;
        double w = km * perKm;
        svg.open("g", "class", "map-scale", "aria-hidden", "true");
        svg.empty("path", "d", "M" + Svg.num(x) + " " + Svg.num(y - 4) + "V" + Svg.num(y) + "H" + Svg.num(x + w) + "V"
                + Svg.num(y - 4));
        svg.text("text", km + " km", "x", Svg.num(x + w + 4), "y", Svg.num(y));
        svg.close();
        labels.reserve(x - 2, y - size - 2, x + w + 4 + (String.valueOf(km).length() + 3) * size * 0.6, y + 3);
    }

    /** The wider map's outline, with the region's rectangle: where the region's maps are. */
    private static void widerOutline(Svg svg, Region region, MapProjection pr) {
        Region.Wider w = region.wider();
        Region.Bounds r = region.bounds();
        svg.open("g", "aria-hidden", "true");
        svg.empty("rect", "class", "map-sea", "width", Svg.num(pr.width()), "height", Svg.num(pr.height()));
        svg.empty("path", "class", "map-land", "d", paths(w.land(), pr, true));
        if (w.country() != null) svg.empty("path", "class", "map-country", "d", paths(w.country(), pr, true));
        if (w.borders() != null) svg.empty("path", "class", "map-border", "d", paths(w.borders(), pr, false));
        svg.empty("rect", "class", "map-region-box", "x", Svg.num(pr.x(r.west())), "y", Svg.num(pr.y(r.north())),
                "width", Svg.num(pr.x(r.east()) - pr.x(r.west())), "height", Svg.num(pr.y(r.south()) - pr.y(r.north())));
        svg.close();
    }

    private static void outline(Svg svg, Region region, MapProjection pr) {
        svg.open("g", "aria-hidden", "true");
        svg.empty("rect", "class", "map-sea", "width", Svg.num(pr.width()), "height", Svg.num(pr.height()));
        svg.empty("path", "class", "map-land", "d", paths(region.land(), pr, true));
        svg.empty("path", "class", "map-country", "d", paths(region.country(), pr, true));
        svg.empty("path", "class", "map-coast", "d", paths(region.coast(), pr, false));
        svg.empty("path", "class", "map-border", "d", paths(region.borders(), pr, false));
        svg.close();
    }

    private static String paths(List<double[]> lines, MapProjection pr, boolean closed) {
        return String.join("", lines.stream().map(l -> pr.path(l, closed)).toList());
    }

    /** The cities labelled for orientation and the country names, where they fit. */
    private static void cities(Svg svg, Region region, MapProjection pr, MapLabels labels, boolean locator,
                               java.util.Set<String> drawn) {
        svg.open("g", "class", "map-cities", "aria-hidden", "true");
        for (Region.Area a : region.areas()) {
            MapLabels.Spot at = labels.centred(a.name(), pr.x(a.lon()), pr.y(a.lat()), locator ? SMALL_CITY : 11, AREA_SPACING);
            if (at != null) label(svg, a.name(), at, "map-area-label");
        }
        for (Region.City c : region.cities()) {
            double x = pr.x(c.lon());
            double y = pr.y(c.lat());
            // A city the record has as a place is drawn as that place.
            if (x < 0 || y < 0 || x > pr.width() || y > pr.height() || drawn.contains(String.valueOf(c.geonames()))) continue;
            svg.empty("rect", "class", "map-city", "x", Svg.num(x - 2), "y", Svg.num(y - 2), "width", "4", "height", "4");
            labels.mark(x, y, 2);
            MapLabels.Spot at = labels.place(c.name(), x, y, 2, locator ? SMALL_CITY : CITY);
            if (at != null) label(svg, c.name(), at, "map-city-label");
        }
        svg.close();
    }

    /** A road as a dashed line through the located places the record puts on it, labelled as schematic. */
    private static void road(Svg svg, PlaceMap.Road road, MapProjection pr, MapLabels labels) {
        StringBuilder points = new StringBuilder();
        for (Spot s : road.through()) {
            if (points.length() > 0) points.append(' ');
            points.append(Svg.num(pr.x(lon(s)))).append(',').append(Svg.num(pr.y(lat(s))));
        }
        svg.open("g", "class", "map-road", "aria-hidden", "true");
        svg.empty("polyline", "points", points.toString());
        // Labelled halfway between its first two places, where a road's line is plainest.
        Spot a = road.through().get(0);
        Spot b = road.through().get(1);
        double x = (pr.x(lon(a)) + pr.x(lon(b))) / 2;
        double y = (pr.y(lat(a)) + pr.y(lat(b))) / 2;
        String text = road.name().replace(" highway", "") + " (schematic)";
        MapLabels.Spot at = labels.place(text, x, y, 2, CITY);
        if (at != null) label(svg, text, at, "map-road-label");
        svg.close();
    }

    private static void place(Svg svg, Spot s, String page, MapProjection pr, MapLabels labels, boolean locator,
                              boolean fixedSize) {
        double x = pr.x(lon(s));
        double y = pr.y(lat(s));
        double r = radius(s, fixedSize);
        String href = href(s, page);
        if (!href.isEmpty()) svg.open("a", "href", href, "aria-label", s.name() + ", " + events(s.events()));
        svg.empty("circle", "class", href.isEmpty() ? "map-place here" : "map-place", "cx", Svg.num(x), "cy", Svg.num(y),
                "r", Svg.num(r));
        MapLabels.Spot at = labels.place(s.name(), x, y, r, locator ? SMALL_LABEL : LABEL);
        if (at != null && at.leader() != null) {
            double[] l = at.leader();
            svg.empty("line", "class", "map-leader", "x1", Svg.num(l[0]), "y1", Svg.num(l[1]), "x2", Svg.num(l[2]),
                    "y2", Svg.num(l[3]));
        }
        if (at != null) label(svg, s.name(), at, "map-label");
        if (!href.isEmpty()) svg.close();
    }

    private static void label(Svg svg, String text, MapLabels.Spot at, String cls) {
        svg.text("text", text, "class", cls, "x", Svg.num(at.x()), "y", Svg.num(at.y()),
                "text-anchor", at.anchor().equals("start") ? null : at.anchor());
    }

    /**
     * Sized by area: a place with four times the events has twice the radius. On the wider map, where
     * a degree is a few units and the cities beyond the region have a few events each, every place has
     * the locator's size: Beirut and Damascus would otherwise overlap.
     */
    static double radius(Spot s, boolean fixed) {
        return fixed ? 5 : 3 + 2 * Math.sqrt(s.events());
    }

    /** The area of a month's places, padded, at least {@link #MIN_LON} by {@link #MIN_LAT}, inside the region. */
    static Region.Bounds around(PlaceMap map, Region.Bounds region) {
        if (map.located().isEmpty()) return region;
        double w = map.located().stream().mapToDouble(PlaceMapSvg::lon).min().orElseThrow() - PAD;
        double e = map.located().stream().mapToDouble(PlaceMapSvg::lon).max().orElseThrow() + PAD;
        double s = map.located().stream().mapToDouble(PlaceMapSvg::lat).min().orElseThrow() - PAD;
        double n = map.located().stream().mapToDouble(PlaceMapSvg::lat).max().orElseThrow() + PAD;
        double[] lon = widen(w, e, MIN_LON, region.west(), region.east());
        double[] lat = widen(s, n, MIN_LAT, region.south(), region.north());
        return new Region.Bounds(lon[0], lat[0], lon[1], lat[1]);
    }

    /** {@code [lo, hi]} grown around its middle to at least {@code min}, then moved or cut to lie within {@code [floor, ceil]}. */
    private static double[] widen(double lo, double hi, double min, double floor, double ceil) {
        if (hi - lo < min) {
            double mid = (lo + hi) / 2;
            lo = mid - min / 2;
            hi = mid + min / 2;
        }
        if (lo < floor) {
            hi = Math.min(ceil, hi + floor - lo);
            lo = floor;
        }
        if (hi > ceil) {
            lo = Math.max(floor, lo - (hi - ceil));
            hi = ceil;
        }
        return new double[] {lo, hi};
    }

    private static String summary(PlaceMap map, Region region, Region.Bounds view) {
        String where = map.extent() == PlaceMap.Extent.WIDER
                ? "Map of " + region.wider().name() + ", with the rectangle of the map of " + region.name()
                : (map.kind() == PlaceMap.Kind.EVENTS && !view.equals(region.bounds()) ? "Map of part of " : "Map of ")
                + region.name();
        int n = map.located().size();
        String drawn = switch (map.kind()) {
            case LOCATOR -> n == 1 ? "marking " + map.located().get(0).name()
                    : "marking " + n + " places: " + String.join(", ", map.located().stream().map(Spot::name).toList());
            default -> n + (n == 1 ? " place" : " places") + " of the record drawn as circles sized by their events";
        };
        int far = map.beyond().size();
        return where + ", " + drawn + (far == 0 ? "" : "; " + far + (far == 1 ? " place" : " places")
                + " beyond it " + (far == 1 ? "is" : "are") + " listed below it") + (map.unlocated().isEmpty() ? ""
                : "; " + map.unlocated().size() + " more without a location are listed below it") + ".";
    }

    /** "35.86447° N, 36.80591° E": the gazetteer's figures as written, for the page of the place itself. */
    private static String coordinates(PlaceMap map, String page) {
        if (map.kind() != PlaceMap.Kind.LOCATOR || map.located().size() != 1) return "";
        Spot s = map.located().get(0);
        if (!href(s, page).isEmpty()) return "";
        return degrees(s.location().lat(), "N", "S") + ", " + degrees(s.location().lon(), "E", "W");
    }

    private static String degrees(java.math.BigDecimal v, String positive, String negative) {
        return v.abs().toPlainString() + "° " + (v.signum() < 0 ? negative : positive);
    }

    private static Entry entry(Spot s, String page) {
        return new Entry(s.name(), href(s, page), s.kind().replace('-', ' '), s.events());
    }

    private static String href(Spot s, String page) {
        String target = ContentKind.PLACE.pagePath(s.id());
        return target.equals(page) ? "" : PagePaths.relative(page, target);
    }

    private static String events(int n) {
        return n + (n == 1 ? " event" : " events");
    }

    private static String key(PlaceMap.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static double lon(Spot s) {
        return s.location().lon().doubleValue();
    }

    private static double lat(Spot s) {
        return s.location().lat().doubleValue();
    }
}
