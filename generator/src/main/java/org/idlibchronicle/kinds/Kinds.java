package org.idlibchronicle.kinds;

import java.util.Arrays;
import java.util.List;
import org.idlibchronicle.kind.ContentKind;

/**
 * Every kind's behaviour, looked up by kind. The lookup is a switch over the registry with no
 * default: a kind added to {@link ContentKind} without its behaviour is a compile error, not a kind
 * that some stage silently skips.
 */
public final class Kinds {
    private Kinds() {}

    /** The behaviour of {@code kind}. */
    public static KindBehaviour of(ContentKind kind) {
        return switch (kind) {
            case EVENT -> EventKind.BEHAVIOUR;
            case AGREEMENT -> AgreementKind.BEHAVIOUR;
            case ACTOR -> ActorKind.BEHAVIOUR;
            case PLACE -> PlaceKind.BEHAVIOUR;
            case TOPIC -> TopicKind.BEHAVIOUR;
            case SOURCE -> SourceKind.BEHAVIOUR;
            case DOCUMENT -> DocumentKind.BEHAVIOUR;
        };
    }

    /** Every kind's behaviour, in the registry's order: what the conductor hands each stage. */
    public static List<KindBehaviour> all() {
        return Arrays.stream(ContentKind.values()).map(Kinds::of).toList();
    }
}
