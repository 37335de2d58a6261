package org.idlibchronicle.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.idlibchronicle.geo.Region;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Place;
import org.idlibchronicle.model.Ref;
import org.idlibchronicle.plan.PlaceMap.Road;
import org.idlibchronicle.plan.PlaceMap.Spot;

/**
 * Derives the maps of the pages that have one: the overview (home and map page) with every place
 * sized by its events, a month's map of the places its events name, an event's locator of its
 * places, and a place's locator of itself. Roads are drawn on the overview and month maps only.
 * A map draws the region; the places beyond it (where talks were held and agreements signed) are
 * listed beside it, drawn on the map page's wider map, and drawn on a wider locator when a page
 * has no place in the region.
 */
public final class PlaceMaps {
    /** The map page. */
    public static final String PAGE = "map.html";

    private final LinkedSite site;
    private final Region region;
    private final List<Road> roads;

    private PlaceMaps(LinkedSite site, Region region) {
        this.site = site;
        this.region = region;
        this.roads = roads(site);
    }

    /** Each page with its map, when it has a located place to show: the home page, the map page, months, places and events. */
    static List<PlannedPage> attach(List<PlannedPage> pages, LinkedSite site, Region region) {
        PlaceMaps maps = new PlaceMaps(site, region);
        return pages.stream().map(p -> maps.mapOf(p).filter(m -> !m.drawsNoPlace()).map(p::withMap).orElse(p)).toList();
    }

    /** The map page's map, or the page's model's own ({@link PageModel#map}). */
    private Optional<PlaceMap> mapOf(PlannedPage page) {
        if (page.path().value().equals(PAGE)) return Optional.of(overview(true));
        return page.model().map(this);
    }

    /** The map of the events of a month, a list: the places they name, each sized by how many, with the roads. */
    PlaceMap ofEvents(List<Event> events) {
        return ofEvents(events, PlaceMap.Kind.EVENTS, roads);
    }

    /** The locator map of one event: where its places are. */
    PlaceMap locating(Event event) {
        return ofEvents(List.of(event), PlaceMap.Kind.LOCATOR, List.of());
    }

    /** The locator map of one place, sized by the events that name it; none when it is not located. */
    Optional<PlaceMap> locating(Place place, int events) {
        return place.location().map(l -> map(PlaceMap.Kind.LOCATOR, List.of(spot(place, events)), List.of()));
    }

    /** Every place of the record, sized by the events that name it; {@code withWider}: and the wider map of those beyond. */
    PlaceMap overview(boolean withWider) {
        List<Spot> spots = site.places().values().stream()
                .filter(p -> !p.kind().equals("road"))
                .map(p -> spot(p, site.eventsReferring(ContentKind.PLACE, p.id()).size())).toList();
        PlaceMap map = map(PlaceMap.Kind.OVERVIEW, spots, roads);
        if (!withWider || map.beyond().isEmpty() || region.wider() == null) return map;
        PlaceMap wider = new PlaceMap(PlaceMap.Kind.OVERVIEW, PlaceMap.Extent.WIDER, map.beyond(), List.of(), List.of(),
                List.of(), region, Optional.empty());
        return new PlaceMap(map.kind(), map.extent(), map.located(), map.beyond(), map.unlocated(), map.roads(), region,
                Optional.of(wider));
    }

    /** The places {@code events} name, each sized by how many of them name it. */
    private PlaceMap ofEvents(List<Event> events, PlaceMap.Kind kind, List<Road> drawn) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Event e : events) {
            e.places().stream().map(Ref::id).distinct().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        List<Spot> spots = new ArrayList<>();
        counts.forEach((id, n) -> {
            Place p = site.places().get(id);
            if (p != null && !p.kind().equals("road")) spots.add(spot(p, n));
        });
        return map(kind, spots, drawn);
    }

    /**
     * The map of {@code spots}: the region's, with the located places beyond it listed; or, when no
     * place lies in the region and the record has a wider map, the wider map (an event at Sochi).
     */
    private PlaceMap map(PlaceMap.Kind kind, List<Spot> spots, List<Road> roads) {
        Comparator<Spot> byName = Comparator.comparing((Spot s) -> s.name().toLowerCase(Locale.ROOT)).thenComparing(Spot::id);
        List<Spot> located = spots.stream().filter(s -> s.location() != null).sorted(byName).toList();
        List<Spot> near = located.stream().filter(this::inRegion).toList();
        List<Spot> beyond = located.stream().filter(s -> !inRegion(s)).toList();
        List<Spot> unlocated = spots.stream().filter(s -> s.location() == null).sorted(byName).toList();
        if (near.isEmpty() && !beyond.isEmpty() && region.wider() != null && kind != PlaceMap.Kind.OVERVIEW) {
            return new PlaceMap(kind, PlaceMap.Extent.WIDER, beyond, List.of(), unlocated, List.of(), region, Optional.empty());
        }
        return new PlaceMap(kind, PlaceMap.Extent.REGION, near, beyond, unlocated, roads, region, Optional.empty());
    }

    private boolean inRegion(Spot s) {
        return region.bounds().contains(s.location().lat().doubleValue(), s.location().lon().doubleValue());
    }

    private static Spot spot(Place p, int events) {
        return new Spot(p.id(), p.name(), p.kind(), p.location().orElse(null), events);
    }

    /** The roads with two or more located places on them: fewer make no line. */
    private static List<Road> roads(LinkedSite site) {
        List<Road> out = new ArrayList<>();
        for (Place road : site.places().values()) {
            List<Spot> through = road.through().stream().map(r -> site.places().get(r.id()))
                    .filter(p -> p != null && p.location().isPresent()).map(p -> spot(p, 0)).toList();
            if (through.size() >= 2) out.add(new Road(road.id(), road.name(), through));
        }
        return List.copyOf(out);
    }
}
