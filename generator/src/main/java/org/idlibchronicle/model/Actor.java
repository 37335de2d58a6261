package org.idlibchronicle.model;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/** A state, force, group, body or person that acts in the record or speaks in it. */
public record Actor(String id, SourcePosition origin, String name, String shortName,
                    List<String> aliases, String kind, @RefersTo(Actor.class) Optional<Ref> affiliation, Markdown description,
                    List<Ref> formerIds)
        implements Item {

    @Override
    public String label() {
        return name;
    }

    @Override
    public List<Markdown> texts() {
        return List.of(description);
    }
}
