package org.idlibchronicle.render;

import org.idlibchronicle.output.OutputFile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.idlibchronicle.plan.Directory;
import org.idlibchronicle.plan.PlannedPage;

/**
 * Remembers each page of the last build with the plan entry it was made from, for the dev server:
 * a page whose {@link PlannedPage} (path, header and model) equals the last build's is not made
 * again. Render reads nothing but the planned page and the {@link Directory}, so there is no list
 * of inputs to keep by hand: whatever a page shows is in what is compared.
 *
 * <p>Models are compared with {@code equals}. They hold the linked site's records and lists, and
 * the dev server's load cache hands back the very same record for an unchanged file, so most
 * comparisons stop at an identity check. The directory (names of actors, places, agreements,
 * sources; the site settings) is compared once per build: when it changes, every page is made again.
 *
 * <p>Only the pages of the last build are kept, so memory stays bounded by the size of the site.
 */
public final class RenderCache {
    private record Entry(PlannedPage planned, OutputFile page) {}

    private volatile Map<String, Entry> previous = new ConcurrentHashMap<>();
    private volatile Map<String, Entry> current = new ConcurrentHashMap<>();
    private Directory directory;
    private final ConcurrentLinkedQueue<String> rendered = new ConcurrentLinkedQueue<>();

    /** Starts a build: what the last build made becomes what this one may reuse, unless the directory changed. */
    synchronized void startBuild(Directory now) {
        previous = Objects.equals(directory, now) ? current : new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
        directory = now;
        rendered.clear();
    }

    /** Forgets everything, e.g. when a template changed. */
    public synchronized void clear() {
        previous = new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
        directory = null;
    }

    /** The pages the last build had to make (the others were reused), sorted. */
    public List<String> rendered() {
        return rendered.stream().sorted().toList();
    }

    OutputFile page(PlannedPage planned, Supplier<OutputFile> render) {
        String path = planned.path().value();
        Entry before = previous.get(path);
        Entry now = before != null && before.planned().equals(planned) ? before : new Entry(planned, made(path, render));
        current.put(path, now);
        return now.page();
    }

    private OutputFile made(String path, Supplier<OutputFile> render) {
        rendered.add(path);
        return render.get();
    }
}
