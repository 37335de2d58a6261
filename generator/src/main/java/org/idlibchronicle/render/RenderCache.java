package org.idlibchronicle.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Remembers each page of the last build with the data it was made from, for the dev server: a
 * page whose inputs equal those of the last build is not built again, not even its view.
 *
 * <p>Inputs are compared with {@code equals}. They are records and lists of the linked site, and
 * the dev server's load cache hands back the very same record for an unchanged file, so most
 * comparisons stop at an identity check: after an edit to one event, deciding that the other
 * ten thousand pages are unchanged costs a few milliseconds. What every page may show (names of
 * actors, places, agreements, sources; the site settings) is compared once per build as the
 * shared inputs: when it changes, every page is built again.
 *
 * <p>Only the pages of the last build are kept, so memory stays bounded by the size of the site.
 */
public final class RenderCache {
    private record Entry(List<Object> inputs, OutputFile page) {}

    private volatile Map<String, Entry> previous = new ConcurrentHashMap<>();
    private volatile Map<String, Entry> current = new ConcurrentHashMap<>();
    private Object shared;
    private final ConcurrentLinkedQueue<String> rendered = new ConcurrentLinkedQueue<>();

    /** Starts a build: what the last build made becomes what this one may reuse, unless {@code shared} changed. */
    synchronized void startBuild(Object sharedInputs) {
        previous = Objects.equals(shared, sharedInputs) ? current : new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
        shared = sharedInputs;
        rendered.clear();
    }

    /** Forgets everything, e.g. when a template changed. */
    public synchronized void clear() {
        previous = new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
        shared = null;
    }

    /** The pages the last build had to make (the others were reused), sorted. */
    public List<String> rendered() {
        return rendered.stream().sorted().toList();
    }

    OutputFile page(String path, List<Object> inputs, Supplier<OutputFile> render) {
        Entry before = previous.get(path);
        Entry now = before != null && before.inputs().equals(inputs) ? before : new Entry(inputs, made(path, render));
        current.put(path, now);
        return now.page();
    }

    private OutputFile made(String path, Supplier<OutputFile> render) {
        rendered.add(path);
        return render.get();
    }
}
