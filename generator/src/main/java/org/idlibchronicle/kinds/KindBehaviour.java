package org.idlibchronicle.kinds;

import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.load.KindReading;
import org.idlibchronicle.plan.KindPages;
import org.idlibchronicle.render.KindViews;
import org.idlibchronicle.render.ViewTable;
import org.idlibchronicle.render.export.KindExports;

/** Everything one kind of content does that is its own, at every stage that asks. */
public interface KindBehaviour extends KindReading, KindPages, KindViews, KindExports {
    /** The kind of the registry this behaviour belongs to. */
    ContentKind kind();

    /**
     * None, for a kind whose page models are the renderer's own; a kind that declares its own
     * ({@code PageModel.KindModel}) adds their views, or its first build stops naming the model.
     */
    @Override
    default void addViews(ViewTable views) {}

    /** None, for a kind whose items are not published as data files of their own. */
    @Override
    default java.util.Optional<String> dataFile(String name, org.idlibchronicle.link.LinkedSite site,
                                                java.util.List<org.idlibchronicle.plan.AgreementPeriods.Period> periods) {
        return java.util.Optional.empty();
    }
}
