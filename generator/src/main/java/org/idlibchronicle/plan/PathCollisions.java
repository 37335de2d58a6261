package org.idlibchronicle.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idlibchronicle.diag.Problems;

/**
 * Two outputs with one path: the one written last would replace the other, silently. Each
 * collision is reported once at every content file involved, naming the other output, so the
 * contributor sees both ends of it (Zola's {@code find_path_collisions} does the same).
 */
public final class PathCollisions {
    private PathCollisions() {}

    public static void report(List<PlannedPage> pages, Problems problems) {
        Map<OutputPath, List<PlannedPage>> byPath = new LinkedHashMap<>();
        for (PlannedPage p : pages) byPath.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
        byPath.forEach((path, same) -> {
            if (same.size() < 2) return;
            if (same.stream().allMatch(p -> p.origin().isEmpty())) {
                // No content file makes either: the generator planned one of its own pages twice.
                throw new IllegalStateException("the plan has two pages at " + path);
            }
            for (PlannedPage p : same) {
                if (p.origin().isEmpty()) continue;
                List<String> others = same.stream().filter(o -> o != p).map(PlannedPage::describe).toList();
                // A redirect's origin is the former id's line: the fix there is to drop the former id.
                boolean redirect = p.kind().equals(Planner.REDIRECT);
                problems.error(p.origin().get(), "two pages would be written to " + path + ": "
                        + (redirect ? "the redirect from this former id" : "this file's page") + " and "
                        + String.join(" and ", others) + ": "
                        + (redirect ? "remove this former id (that address is taken)" : "rename one of the files"));
            }
        });
    }
}
