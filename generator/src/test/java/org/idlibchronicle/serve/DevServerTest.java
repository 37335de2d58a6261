package org.idlibchronicle.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.idlibchronicle.pipeline.Project;
import org.idlibchronicle.pipeline.SiteBuild;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server for real: started on a free port, a file edited on disk, the new page served. */
class DevServerTest {
    private static final String EVENT = "content/events/2018/2018-09-17-sochi-memorandum-agreed.md";
    private static final String PAGE = "events/2018/2018-09-17-sochi-memorandum-agreed.html";
    private static final String OTHER_EVENT = "content/events/2019/2019-02-16-shelling-maarat-al-numan.md";
    private static final String OTHER_PAGE = "events/2019/2019-02-16-shelling-maarat-al-numan.html";

    @TempDir
    Path tmp;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void servesRebuildsOnEditAndKeepsTheLastGoodSiteOnErrors() throws Exception {
        Fixture f = Fixture.in(tmp);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(log, true, StandardCharsets.UTF_8))) {
            String base = server.start(0);
            assertTrue(base.startsWith("http://127.0.0.1:"));

            HttpResponse<String> page = get(base + PAGE);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Putin and Erdogan agree"));
            assertTrue(page.body().contains("/__dev/livereload.js"), "the live-reload script is added when served");
            assertFalse(Files.readString(f.site().resolve(PAGE)).contains("livereload"), "but never written to site/");
            assertEquals(404, get(base + "nowhere.html").statusCode());
            assertEquals(403, get(base + "..%2f..%2fetc/passwd").statusCode(), "no path outside site/");

            // Saved in one step, so that the last result is this edit's rebuild (see Fixture.save).
            f.save(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                    "title: Putin and Erdogan agree on a demilitarized zone"));
            // The result, not the page: the new page is served a moment before the rebuild's result
            // is recorded, so a test that saw the page could still read the first build's result.
            await(() -> server.lastResult().changed().contains(PAGE), "the rebuild's result naming the edited page");
            assertTrue(body(base + PAGE).contains("Putin and Erdogan agree on a demilitarized zone"), "the edited page");
            assertFalse(server.lastResult().changed().contains("actors/sohr.html"), "unaffected pages are not rewritten");

            f.write(EVENT, f.read(EVENT).replace("places: [sochi,", "places: [sochii,"));
            await(() -> server.lastResult().failed(), "the failed rebuild");
            assertTrue(server.lastResult().problems().get(0).toString().contains("unknown place 'sochii'"));
            assertTrue(body(base + PAGE).contains("agree on a demilitarized zone"), "the last good page is still served");
            await(() -> log.toString(StandardCharsets.UTF_8).contains("still serving the last good site"),
                    "the terminal report");
        }
    }

    @Test
    void anEditSavedDuringTheFirstBuildIsBuiltToo() throws Exception {
        Fixture f = Fixture.in(tmp);
        // A source nobody cites: the build warns about it after loading the content, before rendering.
        f.write("content/sources/uncited-2019-01-01.yaml", "outlet: Nobody\nkind: other\n");
        AtomicBoolean editedDuringBuild = new AtomicBoolean();
        OutputStream editOnWarning = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                String text = new String(b, off, len, StandardCharsets.UTF_8);
                if (text.contains("never cited") && !editedDuringBuild.getAndSet(true)) {
                    f.write(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                            "title: Saved during the first build"));
                }
            }
        };
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(editOnWarning, true, StandardCharsets.UTF_8))) {
            String base = server.start(0);
            assertTrue(editedDuringBuild.get(), "the edit was saved while the first build ran");
            await(() -> body(base + PAGE).contains("Saved during the first build"), "the page with the edit");
        }
    }

    @Test
    void aPageDeletedBeforeAFailedFirstBuildIsGoneOnceTheBuildSucceeds() throws Exception {
        Fixture f = Fixture.in(tmp);
        new SiteBuild(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream())).run();
        String deletedPage = "events/2018/2018-10-02-hts-turkey-understanding-reported.html";
        assertTrue(Files.isRegularFile(f.site().resolve(deletedPage)), "the earlier site has the page");
        f.delete("content/events/2018/2018-10-02-hts-turkey-understanding-reported.yaml");
        f.write(EVENT, f.read(EVENT).replace("places: [sochi,", "places: [sochii,"));
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            assertTrue(server.lastResult().failed(), "the first build fails");
            assertEquals(200, get(base + PAGE).statusCode(), "the last good site is served meanwhile");

            f.write(EVENT, f.read(EVENT).replace("places: [sochii,", "places: [sochi,"));
            await(() -> !server.lastResult().failed(), "the fixed build");
            assertEquals(404, get(base + deletedPage).statusCode(), "the deleted event's page is not served");
            assertFalse(Files.exists(f.site().resolve(deletedPage)), "nor left in site/");
            assertEquals(200, get(base + PAGE).statusCode());
        }
    }

    @Test
    void whatIsServedNeverComesFromAFileBeingRewritten() throws Exception {
        Fixture f = Fixture.in(tmp);
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            String page = Files.readString(f.site().resolve(PAGE));
            String boot = Files.readString(f.site().resolve("search/boot.js"));
            // Halfway through rewriting them in place, this is what site/ holds.
            Files.writeString(f.site().resolve(PAGE), page.substring(0, page.length() / 2));
            Files.writeString(f.site().resolve("search/boot.js"), boot.substring(0, boot.length() / 2));

            String served = get(base + PAGE).body();
            assertEquals(page, served.replaceFirst("<script src=\"/__dev/livereload\\.js\" data-served=\"[0-9a-f]+\" data-page=\"[^\"]+\"></script>", ""));
            assertEquals(boot, get(base + "search/boot.js").body());
        }
    }

    @Test
    void aPageThatChangedBeforeItListenedIsToldToReloadWhenItDoes() throws Exception {
        Fixture f = Fixture.in(tmp);
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            String before = servedFingerprint(get(base + PAGE).body());
            f.save(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                    "title: Rebuilt before the page listened"));
            await(() -> server.lastResult().changed().contains(PAGE), "the rebuild");
            String now = servedFingerprint(get(base + PAGE).body());
            assertFalse(before.equals(now), "the page's fingerprint follows its bytes");

            // The page loaded before the edit opens its event stream only now: it is told at once.
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try (Stream<String> lines = events(base, PAGE, before)) {
                    assertEquals(List.of("hello {}", "reload [\"" + PAGE + "\"]"), firstEvents(lines, 2));
                }
                // A page served as it is now is not; it hears of the next rebuild only.
                try (Stream<String> lines = events(base, PAGE, now)) {
                    Iterator<String> it = lines.iterator();
                    assertEquals(List.of("hello {}"), firstEvents(it, 1));
                    await(() -> server.reloadClients() > 0, "the page listening");
                    f.save(OTHER_EVENT, f.read(OTHER_EVENT) + "\nA sentence added.\n");
                    String next = firstEvents(it, 1).get(0);
                    assertTrue(next.startsWith("reload [") && next.contains(OTHER_PAGE) && !next.contains(PAGE), next);
                }
            });
        }
    }

    @Test
    void aStrayFileSavedBesideTheContentFailsTheRebuildAsItFailsTheBuild() throws Exception {
        Fixture f = Fixture.in(tmp);
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            server.start(0);
            // An editor's backup copy: mvn site-gen fails on it, so the dev server says so at once
            // (its watcher left out names ending in ~, and a rebuild trusts the watcher's report).
            f.write(EVENT + "~", f.read(EVENT));
            await(() -> server.lastResult().failed(), "the failed rebuild");
            assertTrue(server.lastResult().problems().get(0).toString().contains("unexpected file"),
                    server.lastResult().problems().toString());
            Files.delete(f.root().resolve(EVENT + "~"));
            await(() -> !server.lastResult().failed(), "the rebuild once it is gone");
        }
    }

    @Test
    void theOpenPageReloadsFirstAndOnceAndTheOtherChangedPagesAfter() throws Exception {
        Fixture f = Fixture.in(tmp);
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            String served = servedFingerprint(get(base + PAGE).body());
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try (Stream<String> lines = events(base, PAGE, served)) {
                    Iterator<String> it = lines.iterator();
                    assertEquals(List.of("hello {}"), firstEvents(it, 1));
                    await(() -> server.reloadClients() > 0, "the page listening");
                    f.save(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                            "title: Shown where the contributor looks"));
                    assertEquals("reload [\"" + PAGE + "\"]", firstEvents(it, 1).get(0), "the open page alone, first");
                    String rest = firstEvents(it, 1).get(0);
                    assertTrue(rest.startsWith("reload [") && rest.contains("chronology/2018-09.html") && !rest.contains(PAGE),
                            "then the other pages, without the open one: " + rest);
                    assertTrue(get(base + "chronology/2018-09.html").body().contains("Shown where the contributor looks"));
                }
            });
        }
    }

    @Test
    void aPageOpenAtAnotherAddressThanItsPathListensUnderItsPathAndIsNotReloadedForNothing() throws Exception {
        Fixture f = Fixture.in(tmp);
        for (boolean published : new boolean[] {false, true}) {
            if (published) f.write("site.yaml", f.read("site.yaml") + "\nurl: https://example.org/chronicle/\n");
            try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
                String base = server.start(0);
                // A missing page is answered with the 404 page: unchanged, it is not told to reload
                // (it was, in a loop, when the page's fingerprint was taken after its <base> was added).
                String missing = get(base + "events/2019/no-such-page.html").body();
                assertEquals("404.html", servedPage(missing));
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                    try (Stream<String> lines = events(base, "events/2019/no-such-page.html", servedFingerprint(missing))) {
                        Iterator<String> it = lines.iterator();
                        assertEquals(List.of("hello {}"), firstEvents(it, 1));
                        await(() -> server.reloadClients() > 0, "the page listening");
                        f.save(OTHER_EVENT, f.read(OTHER_EVENT) + "\nA sentence added" + published + ".\n");
                        String next = firstEvents(it, 1).get(0);
                        assertTrue(next.startsWith("reload [") && next.contains(OTHER_PAGE), "no reload before the edit's: " + next);
                    }
                });
            }
        }
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                // Under the published path, the page listens as the site path that reloads name.
                String page = get(base + "chronicle/" + PAGE).body();
                assertEquals(PAGE, servedPage(page));
                try (Stream<String> lines = events(base, servedPage(page), servedFingerprint(page))) {
                    Iterator<String> it = lines.iterator();
                    assertEquals(List.of("hello {}"), firstEvents(it, 1));
                    await(() -> server.reloadClients() > 0, "the page listening");
                    f.save(EVENT, f.read(EVENT).replace("title: Putin and Erdogan agree on a buffer zone in Idlib",
                            "title: Seen under the published path"));
                    assertEquals("reload [\"" + PAGE + "\"]", firstEvents(it, 1).get(0), "the open page, first");
                }
            });
        }
    }

    private static String servedPage(String html) {
        Matcher m = Pattern.compile("data-page=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the live-reload script carries the page's path in the site");
        return m.group(1);
    }

    private static String servedFingerprint(String html) {
        Matcher m = Pattern.compile("data-served=\"([0-9a-f]+)\"").matcher(html);
        assertTrue(m.find(), "the live-reload script carries the page's fingerprint");
        return m.group(1);
    }

    /** The event stream as the page's live-reload script opens it. */
    private Stream<String> events(String base, String page, String served) throws Exception {
        String url = base + "__dev/events?page=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&served=" + served;
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofLines()).body();
    }

    private static List<String> firstEvents(Stream<String> lines, int n) {
        return firstEvents(lines.iterator(), n);
    }

    /** The next {@code n} events of a stream, each as "name data"; heartbeat comments skipped. */
    private static List<String> firstEvents(Iterator<String> lines, int n) {
        List<String> events = new ArrayList<>();
        String name = null;
        while (events.size() < n && lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event: ")) name = line.substring(7);
            else if (line.startsWith("data: ")) events.add(name + " " + line.substring(6));
        }
        return events;
    }

    private String body(String url) {
        try {
            return get(url).body();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void aPortInUseFailsAtOnceBeforeAnyBuild() throws Exception {
        Fixture f = Fixture.in(tmp);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            org.junit.jupiter.api.Assertions.assertThrows(java.net.BindException.class, () -> server.start(taken.getLocalPort()));
            assertFalse(Files.exists(f.site()), "nothing was built");
        }
    }

    /**
     * Issue 26: a template that fails on the first build is a located mistake in templates/: the
     * server starts anyway, shows it over the pages, and builds the site once the template is fixed,
     * after which a page opened is shown no stale problems.
     */
    @Test
    void aTemplateMistakeAtStartIsShownAndTheFixIsBuilt() throws Exception {
        Fixture f = Fixture.in(tmp);
        String template = "templates/event.peb";
        String good = f.read(template);
        f.write(template, good.replaceFirst("event\\.item\\.title", "event.item.titel"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(log, true, StandardCharsets.UTF_8))) {
            String base = server.start(0);
            assertTrue(server.lastResult().failed());
            String problem = server.lastResult().problems().get(0).toString();
            assertTrue(problem.startsWith(template + ":"), problem);
            assertTrue(problem.contains("titel") && problem.endsWith("fix the template"), problem);
            assertFalse(log.toString(StandardCharsets.UTF_8).contains("bug in the generator"), log.toString(StandardCharsets.UTF_8));
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try (Stream<String> lines = events(base, PAGE, "0")) {
                    List<String> first = firstEvents(lines, 2);
                    assertTrue(first.get(1).startsWith("problems [") && first.get(1).contains("titel"), first.toString());
                }
            });

            f.save(template, good);
            await(() -> !server.lastResult().failed(), "the build after the fix");
            await(() -> body(base + PAGE).contains("Putin and Erdogan agree"), "the page built");
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try (Stream<String> lines = events(base, PAGE, servedFingerprint(get(base + PAGE).body()))) {
                    Iterator<String> it = lines.iterator();
                    assertEquals(List.of("hello {}"), firstEvents(it, 1));
                    await(() -> server.reloadClients() > 0, "the page listening");
                    // The next event is the next edit's reload: no problems overlay was left waiting.
                    f.save(OTHER_EVENT, f.read(OTHER_EVENT) + "\nA sentence added.\n");
                    String next = firstEvents(it, 1).get(0);
                    assertTrue(next.startsWith("reload ["), next);
                }
            });
        }
    }

    /** The parsed templates are kept between rebuilds, but an edited template is read again. */
    @Test
    void anEditOfATemplateIsBuilt() throws Exception {
        Fixture f = Fixture.in(tmp);
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            f.save(OTHER_EVENT, f.read(OTHER_EVENT) + "\nA sentence added.\n");
            await(() -> body(base + OTHER_PAGE).contains("A sentence added."), "a content edit built");
            String template = "templates/event.peb";
            f.save(template, f.read(template).replaceFirst("event\\.item\\.title", "'Retemplated: ' ~ event.item.title"));
            await(() -> body(base + PAGE).contains("Retemplated: "), "the page through the edited template");
        }
    }

    /** Issue 26: site.yaml is watched like the content: a new site title reaches every page. */
    @Test
    void anEditOfTheSettingsIsBuilt() throws Exception {
        Fixture f = Fixture.in(tmp);
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            f.save("site.yaml", f.read("site.yaml").replace("title: Idlib Chronicle", "title: Idlib Record Renamed"));
            await(() -> body(base + PAGE).contains("Idlib Record Renamed"), "the page with the new site title");
            assertTrue(body(base + "actors/sohr.html").contains("Idlib Record Renamed"), "every page, none reused");
        }
    }

    /**
     * Issue 26: the 404 page, served at any missing address, links from where the site is published;
     * the dev server answers there too, and a site without an address gets its links from the top.
     */
    @Test
    void theNotFoundPageLinksWorkUnderTheDevServer() throws Exception {
        Fixture f = Fixture.in(tmp);
        f.write("site.yaml", f.read("site.yaml") + "\nurl: https://example.org/chronicle/\n");
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            HttpResponse<String> missing = get(base + "events/2019/no-such-page.html");
            assertEquals(404, missing.statusCode());
            Matcher home = Pattern.compile("href=\"(/chronicle/[^\"]*index\\.html)\"").matcher(missing.body());
            assertTrue(home.find(), "the 404 page links from the published path");
            assertEquals(200, get(base.substring(0, base.length() - 1) + home.group(1)).statusCode(), home.group(1));
            assertEquals(200, get(base + "chronicle/" + PAGE).statusCode());
            assertEquals(200, get(base + PAGE).statusCode(), "and at the top, as before");
        }
        f.write("site.yaml", f.read("site.yaml").replace("\nurl: https://example.org/chronicle/\n", "\n"));
        try (DevServer server = new DevServer(Project.at(f.root()), new PrintStream(OutputStream.nullOutputStream()))) {
            String base = server.start(0);
            String body = get(base + "events/2019/no-such-page.html").body();
            assertTrue(body.contains("<base href=\"/404.html\">"), "relative links resolve from the top");
        }
    }

    /**
     * Issue 28: the server answers as soon as its port is open, while the first build runs: a page
     * that is not built yet says so and reloads itself (503, Retry-After), instead of the request
     * hanging until the build ends (a volunteer on a loaded machine waited about 40 s). The real
     * record's first build, a few seconds, is the slow build here: the request is answered while
     * it runs.
     */
    @Test
    void itAnswersWhileTheFirstBuildRuns() throws Exception {
        Path site = tmp.resolve("site");
        try (DevServer server = new DevServer(Project.at(Fixture.REPO).withSite(site),
                new PrintStream(OutputStream.nullOutputStream()))) {
            java.util.concurrent.CompletableFuture<String> started = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return server.start(0);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            await(() -> server.address() != null, "the port to open");
            HttpResponse<String> early = get(server.address() + "index.html");
            // Answered before the first build ended: it did not wait for it (no timing asserted).
            boolean duringTheBuild = server.lastResult() == null;
            if (duringTheBuild) {
                assertEquals(503, early.statusCode());
                assertTrue(early.body().contains("http-equiv=\"refresh\""), early.body());
            }
            started.get(2, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(200, get(server.address() + "index.html").statusCode());
            assertTrue(duringTheBuild, "the request was answered while the first build ran");
        }
    }
}
