package org.idlibchronicle.render;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.idlibchronicle.link.Passages;
import org.idlibchronicle.plan.Directory;

/**
 * What one page read of the {@link Directory} while it rendered: the keys it looked up in each of
 * the directory's maps, and the maps it went through whole. Rendering a page through
 * {@link #recording} records them as they are read (Hugo's identity tracking), so that the
 * {@link RenderCache} can tell which pages an edit to one actor, place, agreement, source, topic or
 * document reaches, with no list of a page's inputs kept by hand that could fall behind its
 * template's code.
 *
 * <p>Three depths of reading: a key looked up ({@code get}, {@code containsKey}) depends on that key's
 * entry only, added, removed or changed; the key set walked ({@code keySet}, {@code size}) depends on
 * which keys there are; the values or entries walked depend on the whole map.
 */
final class PageReads {
    /** The directory's maps a page can read, each with how to find it in a directory. */
    enum Part {
        ACTORS(Directory::actors),
        PLACES(Directory::places),
        AGREEMENTS(Directory::agreements),
        SOURCES(Directory::sources),
        TOPICS(Directory::topics),
        DOCUMENT_OF_SOURCE(d -> d.passages().documentOfSource()),
        DOCUMENTS(d -> d.passages().documents()),
        PASSAGES(d -> d.passages().byKey());

        private final Function<Directory, Map<?, ?>> map;

        Part(Function<Directory, Map<?, ?>> map) {
            this.map = map;
        }

        Map<?, ?> of(Directory d) {
            return map.apply(d);
        }
    }

    /**
     * Keys looked up, by part. A page renders on one thread, but the methods are synchronised so that
     * a page whose rendering were ever split over threads still records every read.
     */
    private final Map<Part, Set<Object>> keys = new EnumMap<>(Part.class);
    private final Set<Part> keySets = EnumSet.noneOf(Part.class);
    private final Set<Part> whole = EnumSet.noneOf(Part.class);

    /** {@code dir} with each of its maps read through this page's record; the site settings are read as they are. */
    Directory recording(Directory dir) {
        Passages.Anchors p = dir.passages();
        return new Directory(view(dir.actors(), Part.ACTORS), view(dir.places(), Part.PLACES),
                view(dir.agreements(), Part.AGREEMENTS), view(dir.sources(), Part.SOURCES),
                view(dir.topics(), Part.TOPICS), dir.config(),
                new Passages.Anchors(view(p.documentOfSource(), Part.DOCUMENT_OF_SOURCE),
                        view(p.documents(), Part.DOCUMENTS), view(p.byKey(), Part.PASSAGES)));
    }

    private <V> Map<String, V> view(Map<String, V> map, Part part) {
        return new RecordingMap<>(map, part, this);
    }

    /** Whether the page looked up {@code key} in {@code part}. */
    synchronized boolean readKey(Part part, Object key) {
        return keys.getOrDefault(part, Set.of()).contains(key);
    }

    /** Whether the page walked the key set of {@code part}. */
    synchronized boolean readKeySet(Part part) {
        return keySets.contains(part);
    }

    /** Whether the page walked the values of {@code part}. */
    synchronized boolean readWhole(Part part) {
        return whole.contains(part);
    }

    private synchronized void key(Part part, Object key) {
        keys.computeIfAbsent(part, p -> new HashSet<>()).add(key);
    }

    private synchronized void keySet(Part part) {
        keySets.add(part);
    }

    private synchronized void whole(Part part) {
        whole.add(part);
    }

    /**
     * A read-only view of one of the directory's maps that records each read into a page's
     * {@link PageReads}. Iteration keeps the order of the map it views.
     */
    private static final class RecordingMap<V> extends AbstractMap<String, V> {
        private final Map<String, V> map;
        private final Part part;
        private final PageReads reads;

        RecordingMap(Map<String, V> map, Part part, PageReads reads) {
            this.map = map;
            this.part = part;
            this.reads = reads;
        }

        @Override
        public V get(Object key) {
            reads.key(part, key);
            return map.get(key);
        }

        @Override
        public V getOrDefault(Object key, V fallback) {
            reads.key(part, key);
            return map.getOrDefault(key, fallback);
        }

        @Override
        public boolean containsKey(Object key) {
            reads.key(part, key);
            return map.containsKey(key);
        }

        @Override
        public int size() {
            reads.keySet(part);
            return map.size();
        }

        @Override
        public boolean isEmpty() {
            reads.keySet(part);
            return map.isEmpty();
        }

        @Override
        public Set<String> keySet() {
            reads.keySet(part);
            return java.util.Collections.unmodifiableSet(map.keySet());
        }

        @Override
        public Collection<V> values() {
            reads.whole(part);
            return java.util.Collections.unmodifiableCollection(map.values());
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            reads.whole(part);
            return java.util.Collections.unmodifiableMap(map).entrySet();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super V> action) {
            reads.whole(part);
            map.forEach(action);
        }
    }
}
