package org.idlibchronicle.model;

import java.util.Optional;

/** An event's link to an agreement, optionally to one provision of it, with the relation. */
public record AgreementLink(Ref agreement, Optional<Ref> provision, Relation relation, String note) {}
