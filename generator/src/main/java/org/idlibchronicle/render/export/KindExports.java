package org.idlibchronicle.render.export;

import java.util.List;
import java.util.Optional;
import org.idlibchronicle.link.LinkedSite;
import org.idlibchronicle.plan.AgreementPeriods;

/**
 * The data files a kind makes of its items, under {@code data/}: the kind declares their names to the
 * plan ({@code plan/KindPages#dataFiles}) and makes their text here. Implemented once per kind
 * ({@code kinds/}); {@link Exports} makes each data file the manifest plans by asking the kinds.
 */
public interface KindExports {
    /**
     * The text of the data file {@code name} ({@code events.json}) if this kind makes it, else empty.
     *
     * @param periods when each agreement was in effect, as the plan found
     */
    Optional<String> dataFile(String name, LinkedSite site, List<AgreementPeriods.Period> periods);
}
