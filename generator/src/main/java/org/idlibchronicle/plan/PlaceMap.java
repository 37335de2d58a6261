package org.idlibchronicle.plan;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.model.Location;

/**
 * What one map shows, derived at plan time: the located places it draws, each with the number of
 * events it is sized by, the located places beyond its extent, the places it names but cannot draw
 * (both listed beside it), and the roads it draws as schematic lines through located places.
 *
 * @param kind      {@link Kind#OVERVIEW} (every place), {@link Kind#EVENTS} (a month's or an
 *                  event's places) or {@link Kind#LOCATOR} (one place, on its own page)
 * @param extent    the region's map, or the wider map of the countries around
 * @param located   the places drawn, by name
 * @param beyond    the located places that lie beyond the extent drawn, by name
 * @param unlocated the places named but without a location, by name
 * @param roads     the roads drawn, each through two or more located places
 * @param region    the record's region: the outline drawn
 * @param wider     the wider map of the places {@code beyond}, drawn below this one (the map page's)
 */
public record PlaceMap(Kind kind, Extent extent, List<Spot> located, List<Spot> beyond, List<Spot> unlocated,
                       List<Road> roads, Region region, Optional<PlaceMap> wider) {

    public enum Kind { OVERVIEW, EVENTS, LOCATOR }

    /** Which outline a map draws: the region's, or the wider one of the countries around it. */
    public enum Extent { REGION, WIDER }

    /** A place on (or beside) the map; {@code location} is null for one that is only listed. */
    public record Spot(String id, String name, String kind, Location location, int events) {}

    /** A road as the record gives it: the located places it runs through, in order along it. */
    public record Road(String id, String name, List<Spot> through) {}

    /**
     * Whether it would show no place: then the page has no map (a map of the region alone under
     * "where it happened" would tell the reader nothing; the page lists its places anyway).
     */
    public boolean drawsNoPlace() {
        return located.isEmpty();
    }
}
