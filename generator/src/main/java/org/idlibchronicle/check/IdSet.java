package org.idlibchronicle.check;

import java.util.Set;
import java.util.TreeSet;
import org.idlibchronicle.diag.DidYouMean;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.model.Ref;

/** The ids of one kind of item, for resolving references with a "did you mean" on a miss. */
final class IdSet {
    private final ContentKind kind;
    private final Set<String> ids;
    private final Set<String> unreadable;

    IdSet(ContentKind kind, Set<String> ids, Set<String> unreadable) {
        this.kind = kind;
        this.ids = new TreeSet<>(ids);
        this.unreadable = unreadable;
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    Set<String> ids() {
        return ids;
    }

    /** Reports a reference to an unknown id; a file that failed to load already has its own error. */
    boolean check(Ref ref, Problems problems) {
        if (ids.contains(ref.id()) || unreadable.contains(ref.id())) return true;
        if (ref.id().startsWith(PLACEHOLDER)) {
            problems.error(ref.at(), placeholder(ref.id(), kind));
            return false;
        }
        problems.error(ref.at(), "unknown " + kind.key() + " '" + ref.id() + "'" + DidYouMean.hint(ref.id(), ids)
                + ": correct the id or add " + kind.newFileHint(ref.id()));
        return false;
    }

    /** How the templates of archetypes/ mark what a contributor must fill in. */
    static final String PLACEHOLDER = "replace-with-";

    /** The message for a template's placeholder left in place: what to put there, not a file to add. */
    static String placeholder(String id, ContentKind kind) {
        return "'" + id + "' is the template's placeholder: replace it with the id of a " + kind.label().toLowerCase(java.util.Locale.ROOT)
                + " (its file's name in content/" + kind.folder() + "/, without the extension)";
    }

}
