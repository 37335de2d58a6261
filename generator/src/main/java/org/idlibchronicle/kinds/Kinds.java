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
        return ALL.get(kind);
    }

    /** One of each, made once: a kind's class holds no state. */
    private static final java.util.Map<ContentKind, KindBehaviour> ALL = made();

    private static java.util.Map<ContentKind, KindBehaviour> made() {
        java.util.Map<ContentKind, KindBehaviour> all = new java.util.EnumMap<>(ContentKind.class);
        for (ContentKind kind : ContentKind.values()) all.put(kind, make(kind));
        return java.util.Collections.unmodifiableMap(all);
    }

    private static KindBehaviour make(ContentKind kind) {
        return switch (kind) {
            case EVENT -> new EventKind();
            case AGREEMENT -> new AgreementKind();
            case ACTOR -> new ActorKind();
            case PLACE -> new PlaceKind();
            case TOPIC -> new TopicKind();
            case SOURCE -> new SourceKind();
            case DOCUMENT -> new DocumentKind();
        };
    }

    /** Every kind's behaviour, in the registry's order: what the conductor hands each stage. */
    public static List<KindBehaviour> all() {
        return Arrays.stream(ContentKind.values()).map(Kinds::of).toList();
    }
}
