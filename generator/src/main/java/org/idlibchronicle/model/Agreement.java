package org.idlibchronicle.model;

import static org.idlibchronicle.kind.ContentKind.ACTOR;
import static org.idlibchronicle.kind.ContentKind.PLACE;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.kind.RefersTo;

/** An agreement, memorandum or reported understanding, with its provisions. */
public record Agreement(String id, SourcePosition origin, String title, String shortName,
                        List<String> aliases, EventDate signed, @RefersTo(PLACE) Optional<Ref> signedAt,
                        Optional<EventDate> effective, @RefersTo(ACTOR) List<Ref> parties, @RefersTo(ACTOR) List<Ref> guarantors,
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
