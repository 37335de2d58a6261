package org.idlibchronicle.model;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/**
 * A city, town, village, road, base or region, with the other spellings readers may search.
 *
 * @param names    its names as a gazetteer gives them, in other scripts and spellings, each with its source
 * @param location where it is, when a gazetteer gives it; a place without one is listed, not drawn
 * @param through  for a road: the places the record says lie on it, in order along it
 */
public record Place(String id, SourcePosition origin, String name, List<String> aliases, List<PlaceName> names, String kind,
                    String governorate, Optional<Location> location, @RefersTo(Place.class) List<Ref> through,
                    Markdown description, List<Ref> formerIds) implements Item {

    @Override
    public String label() {
        return name;
    }

    @Override
    public List<Markdown> texts() {
        return List.of(description);
    }
}
