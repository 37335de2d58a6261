package org.idlibchronicle.model;

import java.util.Optional;

/** An event's link to an agreement, optionally to one provision of it, with the relation. */
public record AgreementLink(Ref agreement, Optional<Ref> provision, Relation relation, String note) {

    /** Whether the link names this provision of this agreement. */
    public boolean concerns(String agreementId, String provisionId) {
        return agreement.id().equals(agreementId) && provision.map(p -> p.id().equals(provisionId)).orElse(false);
    }
}
