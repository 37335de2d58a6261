package org.idlibchronicle.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.model.Source;

/**
 * One outlet, one name, one kind: the bibliography groups sources by outlet, so an outlet spelled
 * two ways ("Turkish foreign ministry", "Turkish Foreign Ministry") becomes two outlets, and one
 * filed as two kinds describes the same organisation two ways.
 */
final class OutletNames {
    private OutletNames() {}

    static void check(List<Source> sources, Problems problems) {
        Map<String, Source> first = new TreeMap<>();
        for (Source s : sources) {
            Source earlier = first.putIfAbsent(s.outlet().toLowerCase(Locale.ROOT), s);
            if (earlier == null) continue;
            if (!earlier.outlet().equals(s.outlet())) {
                problems.error(s.origin(), "outlet '" + s.outlet() + "' is spelled '" + earlier.outlet()
                        + "' in source '" + earlier.id() + "': spell one outlet one way");
            } else if (!earlier.kind().equals(s.kind())) {
                problems.error(s.origin(), "outlet '" + s.outlet() + "' has kind '" + s.kind() + "' here but '"
                        + earlier.kind() + "' in source '" + earlier.id() + "': give one outlet one kind");
            }
        }
    }
}
