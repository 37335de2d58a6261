package org.idlibchronicle.model;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/** An agreement, memorandum or reported understanding, with its provisions. */
public record Agreement(String id, SourcePosition origin, String title, String shortName,
                        List<String> aliases, EventDate signed, @RefersTo(Place.class) Optional<Ref> signedAt,
                        Optional<EventDate> effective, @RefersTo(Actor.class) List<Ref> parties, @RefersTo(Actor.class) List<Ref> guarantors,
                        AgreementStatus status, List<AgreementRelation> relations,
                        List<Provision> provisions, Markdown body,
                        List<Ref> formerIds) implements Item {

    @Override
    public String label() {
        return shortName;
    }

    /** The provisions' texts, then the body: the order the page shows them in. */
    @Override
    public List<Markdown> texts() {
        List<Markdown> texts = new java.util.ArrayList<>(provisions.stream().map(Provision::text).toList());
        texts.add(body);
        return List.copyOf(texts);
    }
}
