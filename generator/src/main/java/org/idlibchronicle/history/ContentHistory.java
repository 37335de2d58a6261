package org.idlibchronicle.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * When each file under a folder last changed according to the git history of the checkout that
 * holds it: the committer time of the newest commit reachable from {@code HEAD}, merges left out,
 * whose tree differs from its parent's at that path. (A merge only brings in what its branch's own
 * commits wrote; readers see those, not "Merge branch 'topics' into trial4".) It depends on the
 * commits alone, never on the clock or on file times, so the same commit gives the same answers on
 * any machine and in any clone of it.
 *
 * <p>Besides the last change, it keeps each file's whole list of {@link Change}s (time, hash, the
 * note for readers), newest first, for the history a page shows. A commit's note for readers is its
 * {@value #NOTE_TRAILER} trailer, or for a commit made without one, the note a reviewed list gives it
 * ({@link #withNotes}); the rest of a commit message is written for the record's maintainers and
 * never reaches a page.
 *
 * <p>{@link #read} walks the log once and diffs each commit against its parents, so a build asks
 * git one question however many files it looks up. What it cannot know, it does not guess, and
 * {@link #lastChanged} is empty:
 * <ul>
 *   <li>outside a git checkout, or in one without commits;</li>
 *   <li>for a file that no commit has added yet (uncommitted edits to a committed file are not seen:
 *       it keeps the time of its last commit, so that building from a dirty work tree does not
 *       change dates that only a commit can change);</li>
 *   <li>in a shallow clone, for a file last changed at or before the clone's oldest commit, whose
 *       parents are missing and so whose changes cannot be told apart from the whole tree.</li>
 * </ul>
 */
public final class ContentHistory {
    private static final ContentHistory NONE = new ContentHistory(Map.of(), false);

    /** The trailer of a commit message that says, for readers, what the commit changed. */
    public static final String NOTE_TRAILER = "Record-note";

    /**
     * One commit that changed a file.
     *
     * @param time the commit's committer time
     * @param hash the commit's full id (40 hex digits)
     * @param note what it changed, in readers' words (its {@value #NOTE_TRAILER} trailer); empty when
     *             it has none
     */
    public record Change(Instant time, String hash, String note) {
        /** The abbreviated id {@code git log --oneline} shows: the first seven digits. */
        public String shortHash() {
            return hash.substring(0, 7);
        }
    }

    private static final java.util.Comparator<Change> NEWEST_FIRST =
            java.util.Comparator.comparing(Change::time).reversed().thenComparing(Change::hash);

    /** Keyed by path relative to the folder that was read, with "/" separators; newest first. */
    private final Map<String, List<Change>> changes;
    private final boolean fromGit;

    private ContentHistory(Map<String, List<Change>> changes, boolean fromGit) {
        this.changes = changes;
        this.fromGit = fromGit;
    }

    /** A history that knows no file: for builds that do not read git. */
    public static ContentHistory none() {
        return NONE;
    }

    /** Whether this history was read from a git repository with commits (else it knows nothing). */
    public boolean fromGit() {
        return fromGit;
    }

    /**
     * Reads the history of the files under {@code folder} from the git repository that holds it
     * (found by looking in {@code folder} and its parents).
     *
     * @return {@link #none()} when no repository holds {@code folder} or it has no commit yet
     * @throws IOException when the repository is there but cannot be read
     */
    public static ContentHistory read(Path folder) throws IOException {
        return read(folder, "");
    }

    /**
     * Like {@link #read(Path)}, but walks only the files under {@code under} (a path relative to
     * {@code folder}, e.g. {@code content}): the rest of the checkout is not diffed at all. Paths
     * stay relative to {@code folder}.
     */
    public static ContentHistory read(Path folder, String under) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) return NONE;
        try (Repository repo = builder.setMustExist(true).build()) {
            if (repo.isBare()) return NONE;
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) return NONE;
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            String prefix = slashed(workTree.relativize(folder.toRealPath()));
            return new ContentHistory(walk(repo, head, prefix, under), true);
        }
    }

    /**
     * The time of the last commit that changed {@code file}, if the history tells it.
     *
     * @param file a path relative to the folder given to {@link #read}
     */
    public Optional<Instant> lastChanged(Path file) {
        return changes(file).stream().map(Change::time).findFirst();
    }

    /**
     * Every commit that changed {@code file}, newest first; empty when the history does not tell.
     *
     * @param file a path relative to the folder given to {@link #read}
     */
    public List<Change> changes(Path file) {
        return changes.getOrDefault(slashed(file), List.of());
    }

    /**
     * When anything that was read last changed: the newest commit among all the files' changes.
     * The date a record built from these files is "as of", the same for a given commit.
     */
    public Optional<Instant> newest() {
        return changes.values().stream().map(list -> list.get(0).time()).max(Instant::compareTo);
    }

    /** One walk from {@code head}: for each path under {@code prefix}, the commits that changed it, newest first. */
    private static Map<String, List<Change>> walk(Repository repo, ObjectId head, String prefix, String below)
            throws IOException {
        Map<String, List<Change>> times = new HashMap<>();
        Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
        String walked = prefix.isEmpty() ? below : below.isEmpty() ? prefix : prefix + "/" + below;
        TreeFilter under = walked.isEmpty() ? TreeFilter.ALL : PathFilter.create(walked);
        int cut = prefix.isEmpty() ? 0 : prefix.length() + 1;
        try (ObjectReader reader = repo.newObjectReader(); RevWalk log = new RevWalk(reader)) {
            log.sort(RevSort.COMMIT_TIME_DESC);
            log.markStart(log.parseCommit(head));
            for (RevCommit commit : log) {
                // A shallow clone's oldest commits have their parents cut off: diffed against nothing,
                // every file would look changed by them.
                if (shallow.contains(commit)) continue;
                if (commit.getParentCount() > 1) continue;
                Change change = new Change(Instant.ofEpochSecond(commit.getCommitTime()), commit.name(), noteOf(commit));
                try (TreeWalk diff = new TreeWalk(reader)) {
                    diff.setRecursive(true);
                    diff.addTree(commit.getTree());
                    for (RevCommit parent : commit.getParents()) diff.addTree(log.parseCommit(parent).getTree());
                    diff.setFilter(commit.getParentCount() == 0 ? under : AndTreeFilter.create(under, TreeFilter.ANY_DIFF));
                    while (diff.next()) {
                        if (diff.getRawMode(0) == 0 || !differsFromEveryParent(diff)) continue;
                        times.computeIfAbsent(diff.getPathString().substring(cut), k -> new ArrayList<>())
                                .add(change);
                    }
                }
            }
        }
        // The walk is by commit time already, but a commit dated before its parent (a skewed clock)
        // may come out of order: sort, with the hash as the tie-break, so the order is the commits'.
        times.replaceAll((path, list) -> list.stream().sorted(NEWEST_FIRST).toList());
        return times;
    }

    /** The commit's {@value #NOTE_TRAILER} trailer (the last, if given twice), or empty. */
    private static String noteOf(RevCommit commit) {
        List<String> notes = commit.getFooterLines(NOTE_TRAILER);
        return notes.isEmpty() ? "" : notes.get(notes.size() - 1).strip();
    }

    /**
     * This history with a note for each commit that has no {@value #NOTE_TRAILER} trailer and whose
     * hash starts with a key of {@code notes} (the reviewed list for commits made before the trailer
     * was used: {@code history-notes.yaml}).
     */
    public ContentHistory withNotes(Map<String, String> notes) {
        if (notes.isEmpty()) return this;
        Map<String, List<Change>> noted = new HashMap<>();
        changes.forEach((path, list) -> noted.put(path, list.stream().map(c -> {
            if (!c.note().isEmpty()) return c;
            for (Map.Entry<String, String> n : notes.entrySet()) {
                if (c.hash().startsWith(n.getKey())) return new Change(c.time(), c.hash(), n.getValue());
            }
            return c;
        }).toList()));
        return new ContentHistory(noted, fromGit);
    }

    /** Tree 0 is the commit's, trees 1… its parents'. */
    private static boolean differsFromEveryParent(TreeWalk diff) {
        for (int parent = 1; parent < diff.getTreeCount(); parent++) {
            if (diff.idEqual(0, parent) && diff.getRawMode(0) == diff.getRawMode(parent)) return false;
        }
        return true;
    }

    private static String slashed(Path relative) {
        StringBuilder s = new StringBuilder();
        for (Path name : relative) {
            if (s.length() > 0) s.append('/');
            s.append(name);
        }
        return s.toString();
    }
}
