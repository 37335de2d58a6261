package org.idlibchronicle.plan;

import java.util.List;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.model.Location;

/**
 * What one map shows, derived at plan time: the located places it draws, each with the number of
 * events it is sized by, the places it names but cannot draw (listed beside it), and the roads it
 * draws as schematic lines through located places.
 *
 * @param kind      {@link Kind#OVERVIEW} (every place), {@link Kind#EVENTS} (a month's or an
 *                  event's places) or {@link Kind#LOCATOR} (one place, on its own page)
 * @param located   the places drawn, by name
 * @param unlocated the places named but without a location, by name
 * @param roads     the roads drawn, each through two or more located places
 * @param region    the record's region: the outline drawn
 */
public record PlaceMap(Kind kind, List<Spot> located, List<Spot> unlocated, List<Road> roads, Region region) {

    public enum Kind { OVERVIEW, EVENTS, LOCATOR }

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
