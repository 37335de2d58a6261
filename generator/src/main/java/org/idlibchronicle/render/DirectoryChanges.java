package org.idlibchronicle.render;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.idlibchronicle.plan.Directory;
import org.idlibchronicle.render.PageReads.Part;

/**
 * What changed in the {@link Directory} between two builds: per map, the keys added, removed or
 * whose entry is no longer equal, and whether the key set itself changed. A page made in the
 * earlier build is still right when none of its {@link PageReads} meets a change.
 *
 * <p>Finding the changes is mostly identity checks: the dev server's load cache hands back the
 * very same record for a file that did not change, and {@code equals} runs only on the rest.
 */
final class DirectoryChanges {
    private final Map<Part, Set<Object>> changedKeys = new EnumMap<>(Part.class);
    private final Set<Part> keySetsChanged = EnumSet.noneOf(Part.class);

    private DirectoryChanges() {}

    /** The changes from {@code before} to {@code now}; the site settings are compared by the caller. */
    static DirectoryChanges between(Directory before, Directory now) {
        DirectoryChanges changes = new DirectoryChanges();
        for (Part part : Part.values()) {
            Map<?, ?> was = part.of(before);
            Map<?, ?> is = part.of(now);
            if (was == is) continue;
            Set<Object> changed = new HashSet<>();
            for (Map.Entry<?, ?> e : is.entrySet()) {
                Object old = was.get(e.getKey());
                if (old == null && !was.containsKey(e.getKey())) {
                    changes.keySetsChanged.add(part);
                    changed.add(e.getKey());
                } else if (old != e.getValue() && !Objects.equals(old, e.getValue())) {
                    changed.add(e.getKey());
                }
            }
            for (Object key : was.keySet()) {
                if (!is.containsKey(key)) {
                    changes.keySetsChanged.add(part);
                    changed.add(key);
                }
            }
            if (!changed.isEmpty()) changes.changedKeys.put(part, changed);
        }
        return changes;
    }

    /** Whether a page that read {@code reads} would read something else now. */
    boolean reach(PageReads reads) {
        for (Map.Entry<Part, Set<Object>> e : changedKeys.entrySet()) {
            Part part = e.getKey();
            if (reads.readWhole(part)) return true;
            if (keySetsChanged.contains(part) && reads.readKeySet(part)) return true;
            for (Object key : e.getValue()) {
                if (reads.readKey(part, key)) return true;
            }
        }
        return false;
    }

    /** Whether nothing changed. */
    boolean none() {
        return changedKeys.isEmpty();
    }

    @Override
    public String toString() {
        return changedKeys.toString();
    }
}
