package org.idlibchronicle.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.diag.Problem;

/**
 * {@code mvn site-serve}: builds the site, serves {@code site/} on 127.0.0.1, rebuilds on every
 * change to content, templates, assets or schemas, and tells open pages to reload. Content
 * errors are printed in the terminal and shown over the page; the last good site stays up.
 */
public final class DevServer implements AutoCloseable {
    private final Project project;
    private final PrintStream log;
    private final LiveBuild live;
    private final ReloadChannel channel = new ReloadChannel();
    /**
     * The threads that answer requests: as many as the open pages may hold (each page's event stream
     * keeps one) and a margin for files, never more; requests beyond wait in line. Unbounded, 4,000
     * event streams made 4,024 threads.
     */
    static final int THREADS = ReloadChannel.MAX_STREAMS + 16;
    private final ExecutorService pool = boundedPool();

    private static ExecutorService boundedPool() {
        java.util.concurrent.ThreadPoolExecutor executor = new java.util.concurrent.ThreadPoolExecutor(THREADS, THREADS,
                30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dev-server");
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
    private final ExecutorService followUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dev-server-index");
        t.setDaemon(true);
        return t;
    });
    private HttpServer http;
    private SiteWatcher watcher;
    private volatile String startedAt;
    /** The outcome of the latest build; null until the first one has ended. */
    private volatile LiveBuild.Result last;
    /** Held by the first build and each rebuild, so that a rebuild always follows the build before it. */
    private final Object builds = new Object();
    /** Set by {@link #close()} (under {@code builds}): no rebuild starts after it. */
    private boolean closed;

    public DevServer(Project project, PrintStream log) {
        this.project = project;
        this.log = log;
        this.live = new LiveBuild(project, log);
    }

    /** Builds, then listens on {@code port} (0 for any free port); returns the address to open. */
    public String start(int port) throws IOException {
        // The port first: a port in use is said at once, not after a whole build. A backlog of
        // 1,024 waiting connections: with 64, a burst of new connections (4,000 in RequestGuardTest)
        // overflowed it, and the kernel dropped each connection beyond it for a second's retry.
        http = LoopbackHttp.create(port, 1024);
        http.setExecutor(pool);
        RequestGuard guard = new RequestGuard();
        http.createContext("/", new StaticFiles(live::served, live::publishedRoot, () -> last == null)).getFilters().add(guard);
        http.createContext("/__dev/events", exchange -> {
            OpenPage page = OpenPage.of(exchange.getRequestURI(), live.served());
            channel.subscribe(exchange, page == null ? null : page.path(), () -> stalePages(page));
        }).getFilters().add(guard);
        http.createContext(StaticFiles.CLIENT_PATH, exchange -> {
            try (exchange; InputStream in = DevServer.class.getResourceAsStream("/serve/livereload.js")) {
                StaticFiles.send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
            }
        }).getFilters().add(guard);
        // Serve at once: the site of an earlier run while the first build runs, or a page that says
        // the build is running and reloads itself (issue 28: requests hung until the build ended).
        live.serveWhatIsOnDisk();
        http.start();
        startedAt = "http://127.0.0.1:" + http.getAddress().getPort() + "/";
        // Watch before the first build starts: an edit saved while it runs, possibly after it read
        // the file, is reported by the watcher and rebuilt as soon as the first build is done.
        watcher = new SiteWatcher(List.of(project.content(), project.templates(), project.assets(), project.schemas(),
                project.root().resolve("maps")), List.of(project.root().resolve(SETTINGS)), this::changed);
        synchronized (builds) {
            LiveBuild.Result first;
            try {
                first = live.initial();
            } catch (RuntimeException | Error fault) {
                // A fault of the generator in the first build: said in one line, and the server
                // still starts, serving what site/ holds, so that the next edit is built.
                first = faultResult(fault);
            }
            last = first;
            report(last);
            if (last.failed()) {
                channel.problems(last.problems().stream().map(Problem::toString).toList());
            } else {
                // Pages opened from the earlier run's site while the build ran are told to reload.
                channel.reload(live.served().pagePaths());
            }
        }
        return address();
    }

    /** The address to open, once the server answers (before the first build has ended); null before. */
    public String address() {
        return startedAt;
    }

    /** The outcome of the latest build, for tests. */
    public LiveBuild.Result lastResult() {
        return last;
    }

    /**
     * The page an event stream listens for, from its address ({@code ?page=…&served=…}, sent by
     * the page's live-reload script): as the page names itself, the file of the site it is, and the
     * fingerprint of what it was served.
     */
    private record OpenPage(String named, String path, String served) {
        /** The page of the stream at {@code events}, or null if its address names none in the site. */
        static OpenPage of(URI events, SiteSnapshot site) {
            Map<String, String> query = new HashMap<>();
            String raw = events.getRawQuery();
            if (raw == null) return null;
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            String page = query.get("page");
            String served = query.get("served");
            if (page == null || served == null) return null;
            String path = StaticFiles.sitePath("/" + page);
            if (path == null) return null;
            String file = StaticFiles.resolve(site, path);
            return new OpenPage(page, file == null ? path : file, served);
        }
    }

    /** The page of an event stream, if what is served at that page now is not what the page was served; else none. */
    private List<String> stalePages(OpenPage page) {
        if (page == null) return List.of();
        return page.served().equals(StaticFiles.fingerprintOf(live.served(), page.path())) ? List.of() : List.of(page.named());
    }

    /** How many pages are listening for reloads, for tests that must edit only once a page listens. */
    int reloadClients() {
        return channel.clientCount();
    }

    private void changed(Set<Path> paths) {
        synchronized (builds) {
            // The watcher may still report a burst it collected before it was closed.
            if (!closed) rebuild(paths);
        }
    }

    /** The record's settings, watched beside the source folders. */
    private static final String SETTINGS = "site.yaml";

    /** A fault of the generator as the outcome of a build: its one line, the only problem. */
    private static LiveBuild.Result faultResult(Throwable fault) {
        String line = org.idlibchronicle.diag.Failures.describe(fault);
        return new LiveBuild.Result(List.of(), List.of(new Problem(Problem.Severity.ERROR,
                org.idlibchronicle.diag.SourcePosition.file("(generator)"), line)), 0, Map.of());
    }

    private void rebuild(Set<Path> paths) {
        // Templates, schemas, the settings and the map region reach every page: nothing cached is reused.
        boolean structural = paths.stream().anyMatch(p -> p.startsWith(project.templates()) || p.startsWith(project.schemas())
                || p.equals(project.root().resolve(SETTINGS)) || p.startsWith(project.root().resolve("maps")));
        try {
            // Whether pages show the problems overlay, whatever put it there (a failed build, or a
            // fault, which leaves the last result as it was): a good build then reloads them all.
            boolean wasFailing = channel.showingProblems();
            // The pages open in a browser are made first and reload at once; the rest follows.
            last = live.rebuild(structural, paths, channel.openPages(), channel::reload);
            report(last);
            List<String> rest = new ArrayList<>(last.changed());
            rest.removeAll(last.shownFirst().changed());
            if (last.failed()) {
                channel.problems(last.problems().stream().map(Problem::toString).toList());
            } else if (!rest.isEmpty() || wasFailing) {
                // After a failure, pages showing the error overlay reload even if nothing changed.
                channel.reload(rest);
            }
            if (!last.failed()) {
                // Pages first, then the search index and data files, on their own thread: the
                // edit is visible without waiting for them, and so is the next one.
                followUps.execute(this::followUp);
            }
        } catch (IOException e) {
            log.println("rebuild failed: could not write the site: " + e.getMessage());
            channel.problems(List.of("rebuild failed: could not write the site: " + e.getMessage()));
        } catch (RuntimeException | Error fault) {
            // One line, as mvn site-gen says it: never a stack trace, and the server keeps watching.
            last = faultResult(fault);
            String line = last.problems().get(0).message();
            log.println(line);
            channel.problems(List.of(line));
        }
    }

    private void followUp() {
        try {
            List<String> extras = live.followUp();
            log.println("search index and data files up to date (" + extras.size() + " changed)");
        } catch (IOException e) {
            log.println("updating the search index failed: could not write it: " + e.getMessage());
        } catch (RuntimeException | Error fault) {
            log.println("updating the search index failed: " + org.idlibchronicle.diag.Failures.describe(fault));
        }
    }

    private void report(LiveBuild.Result r) {
        if (r.failed()) {
            r.problems().forEach(log::println);
            log.println(r.problems().size() + " problem(s); still serving the last good site");
        } else {
            List<String> shown = new ArrayList<>(r.changed().subList(0, Math.min(5, r.changed().size())));
            if (r.changed().size() > 5) shown.add("…");
            String early = r.shownFirst().millis() < 0 ? ""
                    : " (the pages open in a browser after " + r.shownFirst().millis() + " ms)";
            log.println("built in " + r.millis() + " ms" + early + " " + r.stages()
                    + (r.changed().isEmpty() ? "" : "; changed " + r.changed().size() + ": " + String.join(", ", shown)));
        }
    }

    /**
     * Stops watching and serving, and returns once no rebuild or follow-up writes to {@code site/}
     * any more (or after a minute of waiting for one), so that the caller may remove the folder.
     */
    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
        if (http != null) http.stop(0);
        channel.close();
        pool.shutdownNow();
        synchronized (builds) {
            closed = true; // waits for the rebuild in progress
        }
        // Not shutdownNow: an interrupted follow-up would stop mid-write and report a failure.
        followUps.shutdown();
        try {
            followUps.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
