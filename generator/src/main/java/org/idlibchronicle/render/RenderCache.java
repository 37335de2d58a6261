package org.idlibchronicle.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers each page's HTML by the data it was rendered from, for the dev server: a page whose
 * view (plain records, compared by value) is the same as in the last build is not rendered again.
 * Only the pages of the last build are kept, so memory stays bounded by the size of the site.
 */
public final class RenderCache {
    private volatile Map<List<Object>, String> previous = new ConcurrentHashMap<>();
    private volatile Map<List<Object>, String> current = new ConcurrentHashMap<>();

    /** Starts a build: what the last build rendered becomes what this one may reuse. */
    public void startBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** Forgets everything, e.g. when a template changed. */
    public void clear() {
        previous = new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
    }

    String page(List<Object> key, Supplier<String> render) {
        String html = previous.get(key);
        if (html == null) html = render.get();
        current.put(key, html);
        return html;
    }
}
