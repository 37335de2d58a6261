package org.idlibchronicle.kinds;

import org.idlibchronicle.index.KindDocuments;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.load.KindReading;
import org.idlibchronicle.plan.KindPages;

/** Everything one kind of content does that is its own, at every stage that asks. */
public interface KindBehaviour extends KindReading, KindPages, KindDocuments {
    /** The kind of the registry this behaviour belongs to. */
    ContentKind kind();
}
