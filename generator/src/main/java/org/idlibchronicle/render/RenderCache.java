package org.idlibchronicle.render;

import org.idlibchronicle.output.OutputFile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.idlibchronicle.plan.Directory;
import org.idlibchronicle.plan.PlannedPage;

/**
 * Remembers each page of the last build with the plan entry it was made from and what it read of
 * the {@link Directory}, for the dev server: a page is not made again when its {@link PlannedPage}
 * (path, header and model) equals the last build's and none of the directory entries it read
 * changed ({@link PageReads}, {@link DirectoryChanges}). Render reads nothing but the planned page
 * and the directory, and the directory's reads are recorded as they happen, so there is no list of
 * inputs to keep by hand: whatever a page shows is in what is compared.
 *
 * <p>Models are compared with {@code equals}. They hold the linked site's records and lists, and
 * the dev server's load cache hands back the very same record for an unchanged file, so most
 * comparisons stop at an identity check. An edit to one actor's description makes again the pages
 * that looked that actor up, not every page; a change to the site settings, which every page
 * reads, makes every page again.
 *
 * <p>The social cards are remembered too, by what each shows ({@link #card}).
 *
 * <p>Only the pages and cards of the last build are kept, so memory stays bounded by the size of the site.
 */
public final class RenderCache {
    private record Entry(PlannedPage planned, OutputFile page, PageReads reads) {}

    private volatile Map<String, Entry> previous = new ConcurrentHashMap<>();
    private volatile Map<String, Entry> current = new ConcurrentHashMap<>();
    private Directory directory;
    /** What changed in the directory since the build that made or checked the pages in {@link #previous}. */
    private volatile DirectoryChanges changes;
    private final ConcurrentLinkedQueue<String> rendered = new ConcurrentLinkedQueue<>();

    /**
     * Starts a build: what the last build made becomes what this one may reuse, each page unless
     * what it read of the directory changed; nothing when the site settings changed.
     */
    synchronized void startBuild(Directory now) {
        boolean sameSettings = directory != null && Objects.equals(directory.config(), now.config());
        previous = sameSettings ? current : new ConcurrentHashMap<>();
        changes = sameSettings ? DirectoryChanges.between(directory, now) : null;
        current = new ConcurrentHashMap<>();
        directory = now;
        rendered.clear();
    }

    /**
     * The parsed templates, kept from one build to the next: a fresh Pebble engine lexed and parsed
     * every template again on each rebuild (a tenth of the render time of an edit). Dropped by
     * {@link #clear}, which the dev server calls when a template changes.
     */
    private PageTemplates templates;

    /**
     * The social cards of the last build and of this one, by what each shows (its path included): a
     * card is a function of those values alone, so an equal card's file is the last build's.
     */
    private volatile Map<org.idlibchronicle.plan.SocialCard, OutputFile> previousCards = new ConcurrentHashMap<>();
    private volatile Map<org.idlibchronicle.plan.SocialCard, OutputFile> currentCards = new ConcurrentHashMap<>();

    /** Starts a build's cards: those of the last build become those {@link #card} may hand back. */
    public synchronized void startCards() {
        previousCards = currentCards;
        currentCards = new ConcurrentHashMap<>();
    }

    /** The file of {@code card}: the last build's if it had an equal card, else {@code make}'s. */
    public OutputFile card(org.idlibchronicle.plan.SocialCard card,
                           Function<org.idlibchronicle.plan.SocialCard, OutputFile> make) {
        OutputFile file = previousCards.get(card);
        if (file == null) file = make.apply(card);
        currentCards.put(card, file);
        return file;
    }

    /** Forgets everything, e.g. when a template changed. */
    public synchronized void clear() {
        previousCards = new ConcurrentHashMap<>();
        currentCards = new ConcurrentHashMap<>();
        previous = new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
        directory = null;
        changes = null;
        templates = null;
    }

    /** The templates of {@code dir} linking assets at {@code assetPaths}: the last build's, if they are the same. */
    synchronized PageTemplates templates(java.nio.file.Path dir, Map<String, String> assetPaths) {
        if (templates == null || !templates.readFrom(dir, assetPaths)) templates = new PageTemplates(dir, assetPaths);
        return templates;
    }

    /**
     * {@code pages}, the largest of the last build first. Render hands pages to the cores in turn: a
     * large page remade last keeps one core busy while the other has nothing left, and that page is
     * the rebuild's wall time (the 680 KB page of the offensive's document came near the end of the
     * plan, and is remade by most event edits). Pages the last build did not have keep their order,
     * after the others.
     */
    List<PlannedPage> largestFirst(List<PlannedPage> pages) {
        Map<String, Entry> last = current;
        // Each page's size looked up once, not in every comparison of the sort (a twentieth of an
        // edit's rebuild went to those lookups).
        record Sized(PlannedPage page, int size) {}
        return pages.stream().map(p -> {
            Entry e = last.get(p.path().value());
            return new Sized(p, e == null ? 0 : e.page().bytes().length);
        }).sorted(java.util.Comparator.comparingInt(Sized::size).reversed()).map(Sized::page).toList();
    }

    /** The pages the last build had to make (the others were reused), sorted. */
    public List<String> rendered() {
        return rendered.stream().sorted().toList();
    }

    /**
     * The page of {@code planned}: the last build's if still right, else {@code render} applied to
     * a fresh record of reads, which the page's rendering must read the directory through.
     */
    OutputFile page(PlannedPage planned, Function<PageReads, OutputFile> render) {
        String path = planned.path().value();
        Entry before = previous.get(path);
        Entry now = before != null && before.planned().equals(planned) && !changes.reach(before.reads())
                ? before : made(planned, render);
        current.put(path, now);
        return now.page();
    }

    private Entry made(PlannedPage planned, Function<PageReads, OutputFile> render) {
        rendered.add(planned.path().value());
        PageReads reads = new PageReads();
        return new Entry(planned, render.apply(reads), reads);
    }
}
