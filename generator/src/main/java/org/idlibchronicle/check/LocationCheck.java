package org.idlibchronicle.check;

import java.util.List;
import java.util.Locale;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.model.Location;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.PlaceName;

/**
 * What the schema cannot say about places' locations and roads: a location must lie inside the
 * region the maps draw ({@code maps/region.json}), or inside its wider map where it has one (a point
 * outside would fall off every map, and is most often a typo or swapped coordinates), a place's names
 * from a gazetteer come from the entry that locates it, and only a road lists the places it runs through.
 */
public final class LocationCheck {
    private LocationCheck() {}

    /** Checks every place; {@code region} is the record's, if it has one (a location then needs one). */
    public static void run(List<Place> places, java.util.Optional<Region> region, Problems problems) {
        for (Place p : places) {
            p.location().ifPresent(l -> region.ifPresentOrElse(r -> inside(l, r, problems),
                    () -> problems.error(l.origin(), "'location' given, but the record has no map to draw it on: add "
                            + Region.FILE + " (tools/geo/cut-region.mjs makes it), or remove 'location'")));
            p.location().flatMap(Location::id).ifPresent(entry -> sameEntry(p, entry, problems));
            if (!p.through().isEmpty() && !p.kind().equals("road")) {
                problems.error(p.through().get(0).at(), "'through' lists the places a road runs through, but this place"
                        + " is a " + p.kind() + ": remove 'through', or make its kind 'road'");
            }
        }
    }

    /** A place's names and its point come from one gazetteer entry: two entries may be two places. */
    private static void sameEntry(Place p, String entry, Problems problems) {
        for (PlaceName n : p.names()) {
            if (n.source().equals(p.location().get().source()) && !n.id().equals(entry)) {
                problems.error(n.origin(), "the name '" + n.name() + "' comes from " + n.source() + " entry " + n.id()
                        + ", but 'location' from entry " + entry + ": copy the names and the location from the same"
                        + " entry (tools/geo/locate-places.mjs does)");
                return;
            }
        }
    }

    private static void inside(Location l, Region r, Problems problems) {
        double lat = l.lat().doubleValue();
        double lon = l.lon().doubleValue();
        Region.Bounds region = r.bounds();
        // Swapped coordinates of a place in the region can still fall inside the wider map (36.0 N,
        // 38.1 E is in Turkey), so a swap into the region is caught before the wider map is asked.
        if (!region.contains(lat, lon) && region.contains(lon, lat)) {
            outside(l, "region", region, "lat and lon look swapped: exchange them", problems);
        } else if (!r.outermost().contains(lat, lon)) {
            outside(l, r.wider() == null ? "region" : "wider map", r.outermost(),
                    "check the numbers against the gazetteer, or remove 'location' from a place the maps do not cover", problems);
        }
    }

    private static void outside(Location l, String what, Region.Bounds b, String fix, Problems problems) {
        problems.error(l.origin(), String.format(Locale.ROOT, "'location' (lat %s, lon %s) lies outside the %s the"
                + " maps draw (latitude %s to %s, longitude %s to %s): %s", l.lat().toPlainString(),
                l.lon().toPlainString(), what, b.south(), b.north(), b.west(), b.east(), fix));
    }
}
