package org.idlibchronicle.model;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.diag.SourcePosition;

/** An agreement, memorandum or reported understanding, with its provisions. */
public record Agreement(String id, SourcePosition origin, String title, String shortName,
                        List<String> aliases, EventDate signed, Optional<Ref> signedAt,
                        Optional<EventDate> effective, List<Ref> parties, List<Ref> guarantors,
                        AgreementStatus status, List<AgreementRelation> relations,
                        List<Provision> provisions, Markdown body) {}
