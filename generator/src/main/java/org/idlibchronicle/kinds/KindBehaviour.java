package org.idlibchronicle.kinds;

import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.load.KindReading;
import org.idlibchronicle.plan.KindPages;
import org.idlibchronicle.render.KindViews;
import org.idlibchronicle.render.ViewTable;

/** Everything one kind of content does that is its own, at every stage that asks. */
public interface KindBehaviour extends KindReading, KindPages, KindViews {
    /** The kind of the registry this behaviour belongs to. */
    ContentKind kind();

    /**
     * None, for a kind whose page models are the renderer's own; a kind that declares its own
     * ({@code PageModel.KindModel}) adds their views, or its first build stops naming the model.
     */
    @Override
    default void addViews(ViewTable views) {}
}
