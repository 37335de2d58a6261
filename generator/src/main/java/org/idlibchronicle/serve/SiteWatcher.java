package org.idlibchronicle.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the source folders (recursively; new subfolders are picked up) and reports each burst
 * of changes once, after a short quiet period, so that an editor's save-rename-delete dance
 * triggers one rebuild.
 */
final class SiteWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 25;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /** Single files watched in a folder whose other entries are not (the checkout's root holds site/). */
    private final Map<Path, Set<Path>> filesOnly = new HashMap<>();

    SiteWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this(roots, List.of(), onChange);
    }

    /** Watches the folders {@code roots} with all they hold, and the single files {@code files}. */
    SiteWatcher(List<Path> roots, List<Path> files, Consumer<Set<Path>> onChange) throws IOException {
        this.service = roots.get(0).getFileSystem().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) registerTree(root);
        }
        for (Path file : files) {
            Path dir = file.getParent();
            if (!filesOnly.containsKey(dir)) dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            filesOnly.computeIfAbsent(dir, d -> new HashSet<>()).add(file);
        }
        this.thread = new Thread(this::loop, "site-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed.add(dir == null ? Path.of(".") : dir);
                continue;
            }
            Path p = dir.resolve((Path) event.context());
            Set<Path> only = filesOnly.get(dir);
            if (only != null && !only.contains(p)) continue;
            String name = p.getFileName().toString();
            // Hidden files (an editor's swap file) are skipped, as the loader skips them. Every other
            // name is reported, a backup file ending in ~ too: the loader reports it as a stray
            // file, and the load trusts this report to know that nothing else changed.
            if (name.startsWith(".")) continue;
            changed.add(p);
            if (only == null && event.kind() == ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerTree(p);
                } catch (IOException e) {
                    changed.add(p);
                }
            }
        }
        if (!key.reset()) dirs.remove(key);
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
