package org.idlibchronicle.model;

import java.util.List;
import org.idlibchronicle.diag.SourcePosition;

/** A city, town, village, road, base or region, with the other spellings readers may search. */
public record Place(String id, SourcePosition origin, String name, List<String> aliases, String kind,
                    String governorate, Markdown description, List<Ref> formerIds) implements Item {

    @Override
    public String label() {
        return name;
    }

    @Override
    public List<Markdown> texts() {
        return List.of(description);
    }
}
