package org.idlibchronicle.pipeline;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.idlibchronicle.diag.Problem;
import org.idlibchronicle.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Mutation testing of the build's promise (issue 19): whatever the content, a build either
 * succeeds, writing only well-formed XML and JSON, or fails with a {@link BuildFailedException}
 * whose every problem names a file of the checkout, leaving {@code site/} byte for byte as it was.
 * No other {@link Throwable} escapes, and no case runs past a generous guard timeout.
 *
 * <p>Each case takes a pristine checkout (the test fixture, or the real {@code content/}), applies
 * one or several random mutations of one family, builds in-process and checks the outcome; the
 * content is then restored, so cases are independent and each one is replayed from the seed and
 * its number alone. A seeded generator of our own rather than jqwik: a case is a whole build
 * (tenths of a second to seconds), so shrinking would cost more than it finds; what is needed is a
 * fixed seed, a case count and a replay of one case, which a {@link Random} per case gives with no
 * second test engine on the surefire classpath.
 *
 * <p>Properties: {@code -Dfuzz.seed=} (fixed by default, printed on failure), {@code -Dfuzz.cases=}
 * (default 300; {@code 5000} for a deep check), {@code -Dfuzz.case=} (replay one case),
 * {@code -Dfuzz.families=} ({@code default}, {@code pending}, {@code all}, or a comma list of family
 * names), {@code -Dfuzz.real=} (the percentage of cases on the real content, default 15),
 * {@code -Dfuzz.timeout=} (seconds per case, default 30).
 */
class MutationTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20180917L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    private static final Integer ONLY_CASE = Integer.getInteger("fuzz.case");
    private static final String FAMILIES = System.getProperty("fuzz.families", "default");
    private static final int REAL_PERCENT = Integer.getInteger("fuzz.real", 15);
    private static final int REAL_EVENTS = Integer.getInteger("fuzz.realEvents", 25);
    private static final Duration GUARD = Duration.ofSeconds(Long.getLong("fuzz.timeout", 30));

    @TempDir
    Path tmp;

    /** Whether a family runs by default, or waits for the fix of a cause of issue 19 that it finds. */
    enum Status { ENABLED, PENDING }

    @FunctionalInterface
    interface Mutator {
        /** Mutates the checkout and says what it did, for the failure report. */
        String apply(Workspace w, Random r) throws IOException;
    }

    record Family(String name, Status status, String pendingOn, Mutator mutator) {
        static Family enabled(String name, Mutator m) {
            return new Family(name, Status.ENABLED, "", m);
        }

        static Family pending(String name, String on, Mutator m) {
            return new Family(name, Status.PENDING, on, m);
        }
    }

    /** The families of mutations. A family that finds a cause still being fixed is marked pending until the fix lands. */
    static final List<Family> ALL = List.of(
            Family.enabled("byte-flips", MutationTest::byteFlips),
            Family.enabled("truncation", MutationTest::truncation),
            Family.enabled("broken-yaml", MutationTest::brokenYaml),
            Family.enabled("wrong-types", MutationTest::wrongTypes),
            Family.enabled("lines", MutationTest::lines),
            Family.enabled("hostile-markdown", MutationTest::hostileMarkdown),
            Family.enabled("unicode", MutationTest::unicode),
            Family.enabled("empty-files", MutationTest::emptyFiles),
            Family.enabled("copies-and-renames", MutationTest::copiesAndRenames),
            Family.enabled("odd-files", MutationTest::oddFiles),
            Family.enabled("several", MutationTest::several),
            Family.enabled("deep-nesting", MutationTest::deepNesting),
            Family.enabled("long-paragraphs", MutationTest::longParagraphs),
            Family.enabled("huge-numbers", MutationTest::hugeNumbers),
            Family.enabled("line-separators", MutationTest::lineSeparators),
            Family.enabled("yaml-aliases", MutationTest::yamlAliases),
            Family.enabled("control-characters", MutationTest::controlCharacters),
            Family.enabled("control-character-references", MutationTest::controlCharacterReferences),
            Family.enabled("long-ids", MutationTest::longIds),
            Family.enabled("backslash-names", MutationTest::backslashNames),
            Family.enabled("topic-references", MutationTest::topicReferences),
            Family.enabled("unnamed-claim-sets", MutationTest::unnamedClaimSets),
            // Issue 31's classes: each a located error at its line (or in site.yaml), never a silent change.
            Family.enabled("number-forms", MutationTest::numberForms),
            Family.enabled("anchors-and-tags", MutationTest::anchorsAndTags),
            Family.enabled("far-dates", MutationTest::farDates),
            Family.enabled("blank-titles", MutationTest::blankTitles),
            Family.enabled("second-front-matter", MutationTest::secondFrontMatter),
            Family.enabled("settings", MutationTest::settings),
            Family.enabled("region-file", MutationTest::regionFile));

    static List<Family> selected() {
        return switch (FAMILIES) {
            case "default" -> ALL.stream().filter(f -> f.status() == Status.ENABLED).toList();
            case "pending" -> ALL.stream().filter(f -> f.status() == Status.PENDING).toList();
            case "all" -> ALL;
            default -> {
                List<String> names = Arrays.stream(FAMILIES.split(",")).map(String::trim).toList();
                List<Family> chosen = ALL.stream().filter(f -> names.contains(f.name())).toList();
                if (chosen.size() != names.size()) {
                    throw new IllegalArgumentException("-Dfuzz.families=" + FAMILIES + ": the families are "
                            + ALL.stream().map(Family::name).toList());
                }
                yield chosen;
            }
        };
    }

    /** One case's outcome that breaks the promise. */
    record Failure(int caseNo, String base, String family, String mutation, String what) {}

    @Test
    void noContentCrashesStallsOrCorruptsTheBuild() throws Exception {
        List<Family> families = selected();
        Map<String, Workspace> bases = new LinkedHashMap<>();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Long> millis = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        int first = ONLY_CASE == null ? 0 : ONLY_CASE;
        int last = ONLY_CASE == null ? CASES : ONLY_CASE + 1;
        long started = System.nanoTime();
        for (int i = first; i < last; i++) {
            Random r = new Random(caseSeed(SEED, i));
            String baseName = r.nextInt(100) < REAL_PERCENT ? "real" : "fixture";
            Workspace w = bases.get(baseName);
            if (w == null) {
                w = Workspace.create(tmp.resolve(baseName + "-" + i), baseName.equals("real"));
                bases.put(baseName, w);
            }
            Family family = families.get(r.nextInt(families.size()));
            int[] count = counts.computeIfAbsent(family.name(), k -> new int[2]);
            count[0]++;
            String mutation;
            try {
                mutation = family.mutator().apply(w, r);
            } catch (Exception e) {
                throw new AssertionError("case " + i + ": the mutation itself failed (a bug of this test)", e);
            }
            long t0 = System.nanoTime();
            String what = runCase(w);
            millis.merge(baseName, (System.nanoTime() - t0) / 1_000_000, Long::sum);
            if (what == null) {
                w.restore();
            } else {
                count[1]++;
                failures.add(new Failure(i, baseName, family.name(), mutation, what));
                System.out.printf("fuzz case %d (%s, %s) FAILED: %s%n  mutation: %s%n", i, baseName, family.name(),
                        what, abbreviate(mutation, 400));
                if (what.startsWith("timed out")) {
                    // The build may still be running in the guard's thread: leave that checkout to it.
                    bases.remove(baseName);
                } else {
                    w.restore();
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        String table = counts.entrySet().stream()
                .map(e -> String.format("  %-20s %5d cases %4d failed", e.getKey(), e.getValue()[0], e.getValue()[1]))
                .collect(Collectors.joining("\n"));
        System.out.printf("fuzz: seed %d, %d cases in %d s (build ms by base %s), families %s%n%s%n", SEED, last - first,
                seconds, millis, FAMILIES, table);
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            sb.append(failures.size()).append(" of ").append(last - first).append(" cases broke the promise (seed ")
                    .append(SEED).append(", families ").append(FAMILIES).append(")\n").append(table).append('\n');
            for (Failure f : failures) {
                sb.append("case ").append(f.caseNo()).append(" [").append(f.family()).append(", ").append(f.base())
                        .append("]: ").append(f.what()).append("\n    mutation: ").append(abbreviate(f.mutation(), 300))
                        .append("\n    replay: mvn -B -q -pl generator test -Dtest=MutationTest -Dfuzz.seed=").append(SEED)
                        .append(" -Dfuzz.families=").append(FAMILIES).append(" -Dfuzz.case=").append(f.caseNo())
                        .append('\n');
            }
            fail(sb.toString());
        }
    }

    static long caseSeed(long seed, int caseNo) {
        long z = seed * 0x9E3779B97F4A7C15L + caseNo;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------------------------------------
    // The promise.

    /** Builds the mutated checkout; null when the promise holds, else what broke it. */
    static String runCase(Workspace w) {
        Map<String, String> before = digest(w.site());
        String leftBefore = stagingLeftovers(w);
        try {
            return promise(w, before);
        } finally {
            // A crash leaves its staging folder: reported once, then cleared so the next case starts clean.
            clearNewLeftovers(w, leftBefore);
        }
    }

    private static void clearNewLeftovers(Workspace w, String before) {
        try (Stream<Path> list = Files.list(w.root())) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(".site.") && !p.getFileName().toString().equals(".site.lock")).toList()) {
                if (before.contains(p.getFileName().toString())) continue;
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String promise(Workspace w, Map<String, String> before) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            assertTimeoutPreemptively(GUARD, () -> {
                try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
                    return new SiteBuild(Project.at(w.root()), ps).run();
                }
            });
        } catch (Throwable t) {
            if (t instanceof BuildFailedException e) return failedAsPromised(w, e, before, log);
            if (t instanceof AssertionFailedError e && e.getMessage() != null && e.getMessage().contains("timed out")) {
                return "timed out after " + GUARD.toSeconds() + " s";
            }
            return t.getClass().getName() + ": " + abbreviate(String.valueOf(t.getMessage()), 200) + where(t)
                    + (stagingLeftovers(w).isEmpty() ? "" : "; staging folder left beside site/");
        }
        String leftovers = stagingLeftovers(w);
        if (!leftovers.isEmpty()) return "left beside site/ after a successful build: " + leftovers;
        String written = wellFormed(w.site());
        if (written != null) return written;
        return w.expectFailureButBuilt();
    }

    private static String failedAsPromised(Workspace w, BuildFailedException e, Map<String, String> before,
                                           ByteArrayOutputStream log) {
        String text = log.toString(StandardCharsets.UTF_8);
        if (text.contains("\tat ")) return "a stack trace was printed: " + abbreviate(text, 300);
        if (e.problems().isEmpty()) return "failed without a located problem: " + e.getMessage();
        for (Problem p : e.problems()) {
            String where = located(w, p);
            if (where != null) return where;
        }
        if (!before.equals(digest(w.site()))) return "site/ changed although the build failed: " + e.problems().get(0);
        String leftovers = stagingLeftovers(w);
        return leftovers.isEmpty() ? w.expectSuccessButFailed(e) : "left beside site/: " + leftovers;
    }

    /** The first line holding a plain one-line value: {@code key: value}. */
    private static int firstScalarLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            // A top-level key with a one-line value, quoted or not (never a comment or a block scalar:
            // a separator put there would change the document's shape, not only its line count).
            if (lines[i].matches("[a-z_]+: [\"A-Za-z0-9].*")) return i;
        }
        return 0;
    }

    /** Null when the problem names a file or folder of the checkout, at a line the file has. */
    private static String located(Workspace w, Problem p) {
        String path = p.position().path();
        if (path == null || path.isBlank()) return "a problem without a path: " + p;
        Path file = w.root().resolve(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return "a problem located at a path that does not exist: " + p;
        if (p.position().line() > 0 && Files.isRegularFile(file)) {
            try {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                int lines = text.split("\r\n|\r|\n", -1).length;
                if (p.position().line() > lines) {
                    return "a problem at line " + p.position().line() + " of a file of " + lines + " lines: " + p;
                }
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private static String where(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String frames = Arrays.stream(root.getStackTrace()).filter(f -> f.getClassName().startsWith("org.idlibchronicle"))
                .limit(2).map(f -> f.getClassName().replace("org.idlibchronicle.", "") + "." + f.getMethodName() + ":"
                        + f.getLineNumber()).collect(Collectors.joining(" < "));
        String cause = root == t ? "" : " (cause " + root.getClass().getName() + ": " + abbreviate(String.valueOf(root.getMessage()), 120) + ")";
        return cause + (frames.isEmpty() ? "" : " at " + frames);
    }

    private static String stagingLeftovers(Workspace w) {
        try (Stream<Path> list = Files.list(w.root())) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.") && !n.equals(".site.lock")).sorted()
                    .collect(Collectors.joining(", "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Null when every XML and JSON file written parses, and no page holds a character XML forbids. */
    static String wellFormed(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                byte[] bytes = Files.readAllBytes(p);
                String rel = site.relativize(p).toString();
                try {
                    if (name.endsWith(".xml")) {
                        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                        var builder = f.newDocumentBuilder();
                        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                            @Override
                            public void fatalError(org.xml.sax.SAXParseException x) throws org.xml.sax.SAXException {
                                throw x;
                            }

                            @Override
                            public void error(org.xml.sax.SAXParseException x) throws org.xml.sax.SAXException {
                                throw x;
                            }
                        });
                        builder.parse(new ByteArrayInputStream(bytes));
                    } else if (name.endsWith(".json")) {
                        JSON.readTree(bytes);
                    }
                } catch (Exception e) {
                    return "site/" + rel + " does not parse: " + abbreviate(String.valueOf(e.getMessage()), 200);
                }
                if (name.endsWith(".html") || name.endsWith(".xml")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                            return "site/" + rel + " holds the control character U+" + String.format("%04X", (int) c);
                        }
                    }
                }
            }
        } catch (IOException e) {
            return "site/ cannot be read after the build: " + e;
        }
        return null;
    }

    static Map<String, String> digest(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static String abbreviate(String s, int max) {
        String one = s.replace("\n", "⏎").replace("\r", "␍");
        return one.length() <= max ? one : one.substring(0, max) + "…(" + one.length() + " chars)";
    }

    // ---------------------------------------------------------------------------------------------
    // A checkout that mutations change and that is restored after each case.

    static final class Workspace {
        private final Path root;
        private final boolean real;
        private final List<String> contentFiles;
        private final Map<Path, byte[]> originals = new LinkedHashMap<>();
        private final List<Path> created = new ArrayList<>();
        /** What a mutation requires beyond the promise: a build failing at a path under this one, or a success. */
        private String expectErrorUnder;
        private int expectLine;
        private boolean expectSuccess;
        private String forbiddenInSite;

        private Workspace(Path root, boolean real) {
            this.root = root;
            this.real = real;
            try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
                this.contentFiles = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Workspace create(Path dir, boolean real) throws Exception {
            if (real) {
                for (String part : List.of("content", "templates", "assets", "schemas", "maps", "site.yaml")) {
                    Fixture.copyTree(Fixture.REPO.resolve(part), dir.resolve(part));
                }
                // A sample of the events (all the registries they refer to stay): a build of the whole
                // record takes seconds, of a sample a fraction of that.
                List<Path> events;
                try (Stream<Path> walk = Files.walk(dir.resolve("content/events"))) {
                    events = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toCollection(ArrayList::new));
                }
                java.util.Collections.shuffle(events, new Random(SEED));
                for (Path p : withLinkedEvents(dir, events, REAL_EVENTS)) Files.delete(p);
            } else {
                Fixture.in(dir);
            }
            Workspace w = new Workspace(dir, real);
            // The base must build: a case that expects success is judged against it.
            w.expectSuccess();
            String error = runCase(w);
            w.restore();
            if (error != null) throw new AssertionError("the unmutated " + (real ? "content" : "fixture") + " does not build: " + error);
            return w;
        }

        /**
         * The events to delete so that {@code keep} shuffled events stay, plus every event that a
         * kept file links to ({@code event:id}), and the events those link to: a sample whose links
         * lead nowhere would fail to build before any mutation.
         */
        private static List<Path> withLinkedEvents(Path dir, List<Path> shuffled, int keep) throws IOException {
            Map<String, Path> byId = new LinkedHashMap<>();
            for (Path p : shuffled) byId.put(p.getFileName().toString().replaceFirst("\\.(md|yaml)$", ""), p);
            java.util.Set<Path> kept = new java.util.LinkedHashSet<>(shuffled.subList(0, Math.min(keep, shuffled.size())));
            java.util.regex.Pattern link = java.util.regex.Pattern.compile("event:([a-z0-9]+(?:-[a-z0-9]+)*)");
            List<Path> toRead = new ArrayList<>(kept);
            try (Stream<Path> walk = Files.walk(dir.resolve("content"))) {
                walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("content/events"))).forEach(toRead::add);
            }
            while (!toRead.isEmpty()) {
                Path next = toRead.remove(toRead.size() - 1);
                var m = link.matcher(Files.readString(next));
                while (m.find()) {
                    Path target = byId.get(m.group(1));
                    if (target != null && kept.add(target)) toRead.add(target);
                }
            }
            return shuffled.stream().filter(p -> !kept.contains(p)).toList();
        }

        Path root() {
            return root;
        }

        Path site() {
            return root.resolve("site");
        }

        boolean real() {
            return real;
        }

        List<String> files(Predicate<String> filter) {
            return contentFiles.stream().filter(f -> Files.exists(root.resolve(f), LinkOption.NOFOLLOW_LINKS)).filter(filter)
                    .toList();
        }

        String pick(Random r, Predicate<String> filter) {
            List<String> files = files(filter);
            return files.get(r.nextInt(files.size()));
        }

        String pick(Random r) {
            return pick(r, f -> true);
        }

        byte[] bytes(String rel) throws IOException {
            return Files.readAllBytes(root.resolve(rel));
        }

        String text(String rel) throws IOException {
            return new String(bytes(rel), StandardCharsets.UTF_8);
        }

        void write(String rel, byte[] bytes) throws IOException {
            forgetExpectationAbout(rel);
            Path p = root.resolve(rel);
            if (!originals.containsKey(p) && !created.contains(p)) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) originals.put(p, Files.readAllBytes(p));
                else createParents(p);
            }
            Files.write(p, bytes);
        }

        void write(String rel, String text) throws IOException {
            write(rel, text.getBytes(StandardCharsets.UTF_8));
        }

        void delete(String rel) throws IOException {
            forgetExpectationAbout(rel);
            Path p = root.resolve(rel);
            if (!originals.containsKey(p) && !created.contains(p)) originals.put(p, Files.readAllBytes(p));
            Files.deleteIfExists(p);
        }

        void mkdir(String rel) throws IOException {
            createParents(root.resolve(rel).resolve("x"));
        }

        void link(String rel, String target) throws IOException {
            Path p = root.resolve(rel);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) delete(rel);
            else createParents(p);
            Files.createSymbolicLink(p, Path.of(target));
        }

        private void createParents(Path p) throws IOException {
            List<Path> missing = new ArrayList<>();
            for (Path d = p.getParent(); d != null && !Files.exists(d, LinkOption.NOFOLLOW_LINKS); d = d.getParent()) {
                missing.add(0, d);
            }
            for (Path d : missing) {
                Files.createDirectory(d);
                created.add(d);
            }
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) created.add(p);
        }

        /**
         * A file an earlier mutation expected an error in is written again by a later one (several
         * mutations in one case): the expectation no longer holds (the file may be cut, emptied or
         * replaced); the general promise still does.
         */
        /** How often each file was written in this case: a second mutation of a file may be masked by the first. */
        private final Map<String, Integer> writes = new java.util.HashMap<>();

        private void forgetExpectationAbout(String rel) {
            writes.merge(rel, 1, Integer::sum);
            if (rel.equals(expectErrorUnder)) {
                expectErrorUnder = null;
                expectLine = 0;
            }
        }

        /** An error at any line of this file or folder (replaces what an earlier mutation of the case expected). */
        void expectErrorUnder(String rel) {
            expectErrorUnder = rel;
            expectLine = 0;
        }

        /** An error at exactly this line of this file (as an editor counts lines). */
        void expectErrorAt(String rel, int line) {
            expectErrorUnder = rel;
            // A file an earlier mutation of the case also changed may fail first on that change (a YAML
            // error stops its reading before the later mistake is seen): then any error in it will do.
            expectLine = writes.getOrDefault(rel, 0) > 1 ? 0 : line;
        }

        void expectSuccess() {
            expectSuccess = true;
        }

        void forbidInSite(String text) {
            forbiddenInSite = text;
        }

        String expectSuccessButFailed(BuildFailedException e) {
            if (expectSuccess) return "expected a successful build, failed: " + e.problems().get(0);
            if (expectErrorUnder != null && e.problems().stream().noneMatch(p -> p.position().path().startsWith(expectErrorUnder)
                    && (expectLine == 0 || p.position().line() == expectLine))) {
                return "expected an error at " + expectErrorUnder + (expectLine == 0 ? "" : ":" + expectLine) + ", got: "
                        + e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "));
            }
            return null;
        }

        String expectFailureButBuilt() {
            if (expectErrorUnder != null) return "built without a word about " + expectErrorUnder;
            if (forbiddenInSite != null) {
                for (Map.Entry<String, String> e : digest(site()).entrySet()) {
                    try {
                        if (Files.readString(site().resolve(e.getKey()), StandardCharsets.ISO_8859_1).contains(forbiddenInSite)) {
                            return "site/" + e.getKey() + " publishes '" + forbiddenInSite + "'";
                        }
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                }
            }
            return null;
        }

        /** Puts back every file changed and removes everything created. */
        void restore() throws IOException {
            for (int i = created.size() - 1; i >= 0; i--) {
                Path p = created.get(i);
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
                    }
                } else {
                    Files.deleteIfExists(p);
                }
            }
            for (Map.Entry<Path, byte[]> e : originals.entrySet()) {
                Files.deleteIfExists(e.getKey());
                Files.createDirectories(e.getKey().getParent());
                Files.write(e.getKey(), e.getValue());
            }
            created.clear();
            originals.clear();
            expectErrorUnder = null;
            expectLine = 0;
            expectSuccess = false;
            forbiddenInSite = null;
            writes.clear();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The families.

    private static <T> T any(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static boolean markdown(String f) {
        return f.endsWith(".md");
    }

    private static boolean yaml(String f) {
        return f.endsWith(".yaml");
    }

    private static boolean event(String f) {
        return f.startsWith("content/events/");
    }

    private static final byte[] SAFE_BYTES = " :-\n[]{}\"'#*>|&!%@`aZ09\t,?=".getBytes(StandardCharsets.US_ASCII);

    static String byteFlips(Workspace w, Random r) throws IOException {
        String file = w.pick(r);
        byte[] b = w.bytes(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(b);
        byte[] cur = out.toByteArray();
        StringBuilder what = new StringBuilder(file);
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && cur.length > 0; k++) {
            int at = r.nextInt(cur.length);
            int op = r.nextInt(5);
            byte v = r.nextInt(6) == 0 ? any(r, List.of((byte) 0xC3, (byte) 0xFF, (byte) 0x80, (byte) 0xE2))
                    : SAFE_BYTES[r.nextInt(SAFE_BYTES.length)];
            if (op == 0) {
                cur = splice(cur, at, 1, new byte[0]);
                what.append(" delete@").append(at);
            } else if (op == 1) {
                cur = splice(cur, at, 0, new byte[] {v});
                what.append(" insert@").append(at).append('=').append(v & 0xff);
            } else if (op == 2) {
                int flipped = cur[at] ^ (1 << r.nextInt(8));
                // No control characters, no CR: those are the pending families' business.
                if ((flipped & 0xff) < 0x20 && flipped != '\t' && flipped != '\n' || (flipped & 0xff) == 0x7f) flipped = v;
                cur[at] = (byte) flipped;
                what.append(" flip@").append(at);
            } else {
                cur[at] = v;
                what.append(" set@").append(at).append('=').append(v & 0xff);
            }
        }
        w.write(file, cur);
        return what.toString();
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    static String truncation(Workspace w, Random r) throws IOException {
        String file = w.pick(r);
        byte[] b = w.bytes(file);
        int at = r.nextInt(b.length + 1);
        w.write(file, Arrays.copyOf(b, at));
        return file + " cut at byte " + at + " of " + b.length;
    }

    /** The lines of a file's YAML: all of a .yaml file, the front matter of a .md file. */
    private static int[] yamlLines(String[] lines, String file) {
        if (!markdown(file)) return new int[] {0, lines.length};
        int end = 1;
        while (end < lines.length && !lines[end].equals("---")) end++;
        return new int[] {1, end};
    }

    private static String replaceLine(Workspace w, String file, Random r, java.util.function.BiFunction<String, Random, String> change)
            throws IOException {
        String[] lines = w.text(file).split("\n", -1);
        int[] range = yamlLines(lines, file);
        if (range[1] <= range[0]) return file + " (no YAML lines)";
        int i = range[0] + r.nextInt(range[1] - range[0]);
        String before = lines[i];
        lines[i] = change.apply(before, r);
        w.write(file, String.join("\n", lines));
        return file + ":" + (i + 1) + " «" + before + "» → «" + lines[i] + "»";
    }

    static String brokenYaml(Workspace w, Random r) throws IOException {
        String file = w.pick(r);
        return replaceLine(w, file, r, (line, rr) -> switch (rr.nextInt(14)) {
            case 0 -> line.replaceFirst(":", "");
            case 1 -> line.replaceFirst(": ", ": \"");
            case 2 -> " ".repeat(1 + rr.nextInt(3)) + line;
            case 3 -> line.stripLeading();
            case 4 -> "\t" + line;
            case 5 -> line + "\n" + line;
            case 6 -> line + "\nextra: [a, b";
            case 7 -> line + "\n: orphan";
            case 8 -> line + "\n? complex key\n: value";
            case 9 -> line + "\n- item";
            case 10 -> line + "\n---\nsecond: document";
            case 11 -> line.replaceFirst(": ", ": !!binary ");
            case 12 -> "%YAML 1.2\n" + line;
            default -> line.replaceFirst(": ", ": {");
        });
    }

    private static final List<String> VALUES = List.of("[]", "{}", "42", "-1", "0", "3.5", "true", "no", "null", "~", "''",
            "\"\"", "2020-13-45", "2020-02-30", "[a, [b]]", "{a: 1}", "0x1F", ".inf", ".nan", "1e10", "12345678901234567890",
            "-0", "2019-02-16T10:00:00Z", "[sochi, sochi]", "\"text with: colon\"", "|\n  block text", ">-\n  folded",
            "a b c", "UPPER-Case", "x".repeat(300), "[" + "a, ".repeat(200) + "a]");

    static String wrongTypes(Workspace w, Random r) throws IOException {
        String file = w.pick(r);
        return replaceLine(w, file, r, (line, rr) -> {
            int colon = line.indexOf(": ");
            if (colon < 0) return line.endsWith(":") ? line + " " + any(rr, VALUES) : line;
            return line.substring(0, colon + 2) + any(rr, VALUES);
        });
    }

    static String lines(Workspace w, Random r) throws IOException {
        String file = w.pick(r);
        List<String> lines = new ArrayList<>(Arrays.asList(w.text(file).split("\n", -1)));
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        String what;
        switch (r.nextInt(3)) {
            case 0 -> {
                what = "deleted line " + (i + 1);
                lines.remove(i);
            }
            case 1 -> {
                what = "duplicated line " + (i + 1);
                lines.add(i, lines.get(i));
            }
            default -> {
                what = "swapped lines " + (i + 1) + " and " + (j + 1);
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
        }
        w.write(file, String.join("\n", lines));
        return file + " " + what;
    }

    private static String placeId(Workspace w) {
        String f = w.files(x -> x.startsWith("content/places/")).get(0);
        return f.substring(f.lastIndexOf('/') + 1, f.lastIndexOf('.'));
    }

    private static String sourceId(Workspace w) {
        String f = w.files(x -> x.startsWith("content/sources/")).get(0);
        return f.substring(f.lastIndexOf('/') + 1, f.lastIndexOf('.'));
    }

    /** Appends text to the Markdown body of an event or agreement. */
    private static String appendBody(Workspace w, Random r, String text) throws IOException {
        String file = w.pick(r, MutationTest::markdown);
        w.write(file, w.text(file) + "\n" + text + "\n");
        return file + " + «" + abbreviate(text, 160) + "»";
    }

    static String hostileMarkdown(Workspace w, Random r) throws IOException {
        String place = placeId(w);
        String source = sourceId(w);
        String text = switch (r.nextInt(16)) {
            case 0 -> ">".repeat(1 + r.nextInt(60)) + " quoted";
            case 1 -> {
                StringBuilder sb = new StringBuilder();
                int n = 1 + r.nextInt(30);
                for (int k = 0; k < n; k++) sb.append("  ".repeat(k)).append("- item ").append(k).append('\n');
                yield sb.toString();
            }
            case 2 -> "_".repeat(1 + r.nextInt(300));
            case 3 -> ("[" + place + "](place:" + place + ") ").repeat(1 + r.nextInt(200));
            case 4 -> "[unclosed [brackets [" + place + "](place:" + place;
            case 5 -> "A claim.[^no-such-source-" + r.nextInt(100) + "]";
            case 6 -> ("[^" + source + "]").repeat(1 + r.nextInt(50));
            case 7 -> "<div><script>alert(1)</script></div> <!-- unclosed comment";
            case 8 -> "[x](https://example.org/a b) <https://example.org/> [y](<place:" + place + ">) [z](event:)";
            case 9 -> {
                int cols = 1 + r.nextInt(40);
                yield "|" + " a |".repeat(cols) + "\n|" + "---|".repeat(cols) + "\n|" + " [b](place:" + place + ") |".repeat(cols);
            }
            case 10 -> "```\nunclosed fence " + "x\n".repeat(r.nextInt(20));
            case 11 -> "####### seven\n# " + "heading ".repeat(50) + "\n=====";
            case 12 -> "*_*_**__***" + "*a_".repeat(r.nextInt(100));
            case 13 -> "&#0; &#xFFFD; &#xD800; &amp &lt;script&gt; &#99999999; &nosuch;";
            case 14 -> "[ref][missing] [^] [^ spaced] [](place:" + place + ") [text]()";
            default -> "1. " + "nested\n   1. ".repeat(1 + r.nextInt(20)) + "end";
        };
        return appendBody(w, r, text);
    }

    private static final List<String> UNICODE = List.of("🇸🇾 🕊️", "\u200F\u202Eevil\u202C", "e\u0301\u0301\u0301", "إدلب",
            "\u200B\u200C\u200D", "\uFEFFbom", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u00A0\u2009\u3000", "Ω≈ç√∫", "\uD83D\uDE00");

    static String unicode(Workspace w, Random r) throws IOException {
        String file = w.pick(r);
        String u = any(r, UNICODE);
        return replaceLine(w, file, r, (line, rr) -> {
            int colon = line.indexOf(": ");
            if (colon < 0 || line.substring(colon + 2).startsWith("[")) return line;
            String value = line.substring(colon + 2);
            return line.substring(0, colon + 2) + (value.startsWith("\"") ? "\"" + u + value.substring(1) : u + " " + value);
        }) + " [" + u + "]";
    }

    static String emptyFiles(Workspace w, Random r) throws IOException {
        String file = w.pick(r);
        String text = any(r, List.of("", "\n\n\n", "   ", "---\n---\n", "\uFEFF", "---\n", "# just a comment\n", "null\n",
                "[]\n", "- a\n- b\n", "\"a string\"\n"));
        w.write(file, text);
        return file + " := «" + text + "»";
    }

    static String copiesAndRenames(Workspace w, Random r) throws IOException {
        String file = w.pick(r);
        String dir = file.substring(0, file.lastIndexOf('/') + 1);
        String ext = file.substring(file.lastIndexOf('.'));
        String name = file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
        String newName = event(file) ? name.substring(0, Math.min(name.length(), 11)) + "copy-" + r.nextInt(1000) : name + "-copy";
        String target = dir + newName + (r.nextBoolean() ? ext : ext.equals(".md") ? ".yaml" : ".md");
        w.write(target, w.bytes(file));
        if (r.nextBoolean()) {
            w.delete(file);
            return "renamed " + file + " to " + target;
        }
        return "copied " + file + " to " + target;
    }

    static String oddFiles(Workspace w, Random r) throws IOException {
        String anEvent = w.pick(r, MutationTest::event);
        String eventName = anEvent.substring(anEvent.lastIndexOf('/') + 1);
        String aPlace = w.pick(r, f -> f.startsWith("content/places/"));
        String outside = w.root().getParent().resolve("outside-" + r.nextInt(1000) + ".yaml").toString();
        switch (r.nextInt(16)) {
            case 0 -> {
                w.write("content/event/2020/" + eventName, w.bytes(anEvent));
                w.expectErrorUnder("content/event");
                return "content/event/2020/" + eventName;
            }
            case 1 -> {
                w.write("content/Events/2020/" + eventName, w.bytes(anEvent));
                w.expectErrorUnder("content/Events");
                return "content/Events/2020/" + eventName;
            }
            case 2 -> {
                w.write("content/x.md", w.bytes(anEvent));
                w.expectErrorUnder("content/x.md");
                return "content/x.md";
            }
            case 3 -> {
                String p = "content/events/2020/sub/" + eventName;
                w.write(p, w.bytes(anEvent));
                w.expectErrorUnder(p);
                return p;
            }
            case 4 -> {
                String p = aPlace.replace(".yaml", "-x.yml");
                w.write(p, w.bytes(aPlace));
                w.expectErrorUnder(p);
                return p;
            }
            case 5 -> {
                String p = aPlace.replace(".yaml", "-x");
                w.write(p, w.bytes(aPlace));
                w.expectErrorUnder(p);
                return p;
            }
            case 6 -> {
                String p = "content/places/folder.yaml/inner.yaml";
                w.write(p, w.bytes(aPlace));
                w.expectErrorUnder(p);
                return p;
            }
            case 7 -> {
                String p = aPlace.replace(".yaml", "-ghost.yaml");
                w.link(p, "nowhere-" + r.nextInt(100) + ".yaml");
                w.expectErrorUnder(p);
                return p + " → nowhere";
            }
            case 8 -> {
                String p = aPlace.replace(".yaml", "-loop.yaml");
                w.link(p, p.substring(p.lastIndexOf('/') + 1));
                w.expectErrorUnder(p);
                return p + " → itself";
            }
            case 9 -> {
                w.link("content/events/2020/back", "..");
                w.expectErrorUnder("content/events/2020/back");
                return "content/events/2020/back → ..";
            }
            case 10 -> {
                Files.writeString(Path.of(outside), "name: Elsewhere\nkind: city\n");
                String p = aPlace.replace(".yaml", "-elsewhere.yaml");
                w.link(p, outside);
                w.expectErrorUnder(p);
                return p + " → " + outside;
            }
            case 11 -> {
                byte[] junk = new byte[1 + r.nextInt(2000)];
                r.nextBytes(junk);
                String p = anEvent.replace(eventName, "2020-01-01-binary.md").replaceAll("/\\d{4}/", "/2020/");
                w.write(p, junk);
                w.expectErrorUnder(p);
                return p + " (" + junk.length + " random bytes)";
            }
            case 12 -> {
                w.write("content/README.md", "# About this folder\n");
                w.write("content/places/README.md", "# Places\n");
                w.expectSuccess();
                return "content/README.md, content/places/README.md";
            }
            case 13 -> {
                w.mkdir("content/Places");
                w.expectErrorUnder("content/Places");
                return "empty content/Places/";
            }
            case 14 -> {
                String p = "content/places/" + aPlace.substring(aPlace.lastIndexOf('/') + 1).replace(".yaml", ".md");
                w.write(p, "---\n" + w.text(aPlace) + "---\nText.\n");
                w.expectErrorUnder(p);
                return p;
            }
            default -> {
                w.write("content/sources.yaml", "outlet: x\n");
                w.expectErrorUnder("content/sources.yaml");
                return "content/sources.yaml";
            }
        }
    }

    static String several(Workspace w, Random r) throws IOException {
        List<Family> simple = ALL.stream().filter(f -> f.status() == Status.ENABLED && !f.name().equals("several")
                && !f.name().equals("odd-files")).toList();
        int n = 2 + r.nextInt(3);
        List<String> what = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Family f = any(r, simple);
            what.add(f.name() + ": " + f.mutator().apply(w, r));
        }
        return String.join(" | ", what);
    }

    // Pending families: each finds a cause of issue 19 that is being fixed.

    static String deepNesting(Workspace w, Random r) throws IOException {
        String text = switch (r.nextInt(4)) {
            case 0 -> ">".repeat(10_000) + " deep";
            case 1 -> {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 5_000; k++) sb.append("- ");
                yield sb.append("deep").toString();
            }
            case 2 -> "_".repeat(200_000);
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 600; k++) sb.append("  ".repeat(k)).append("- level ").append(k).append('\n');
                yield sb.toString();
            }
        };
        return appendBody(w, r, text);
    }

    static String longParagraphs(Workspace w, Random r) throws IOException {
        String place = placeId(w);
        String text = switch (r.nextInt(4)) {
            case 0 -> ("[" + place + "](place:" + place + ") ").repeat(12_000);
            case 1 -> "1. ".repeat(60_000);
            case 2 -> "[x](".repeat(60_000);
            default -> ("[^note]").repeat(40_000) + "\n\n[^note]: A note.";
        };
        return appendBody(w, r, text);
    }

    static String hugeNumbers(Workspace w, Random r) throws IOException {
        String huge = any(r, List.of("1e999999999", "1e100000", "1e999999", "9".repeat(400), "1.5e309"));
        List<String> withValues = w.files(f -> {
            try {
                return w.text(f).contains("    value: ");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // Among several mutations, an earlier one may have cut or emptied the files with claims.
        if (withValues.isEmpty()) return "no claim left to change (an earlier mutation removed them)";
        String file = any(r, withValues);
        w.write(file, w.text(file).replaceFirst("    value: [0-9.]+", "    value: " + huge));
        return file + " value: " + huge;
    }

    private static final java.util.regex.Pattern TOPICS = java.util.regex.Pattern.compile("tags: \\[([a-z0-9-]+).*");

    /** An event's first topic misspelt: an unknown topic, reported on its line. */
    static String topicReferences(Workspace w, Random r) throws IOException {
        List<String> tagged = eventsWithLine(w, l -> TOPICS.matcher(l).matches());
        if (tagged.isEmpty()) return "no topic reference left to change (an earlier mutation removed them)";
        String file = any(r, tagged);
        String[] lines = w.text(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var m = TOPICS.matcher(lines[i]);
            if (!m.matches()) continue;
            String first = m.group(1);
            String wrong = any(r, List.of(first + "s", first.substring(1) + "x", "x" + first));
            lines[i] = lines[i].substring(0, m.start(1)) + wrong + lines[i].substring(m.end(1));
            w.write(file, String.join("\n", lines));
            w.expectErrorAt(file, i + 1);
            return file + " topic " + first + " -> " + wrong;
        }
        throw new IllegalStateException("no topic line in " + file);
    }

    /** A claim moved to a set nobody named: reported at the claim. */
    static String unnamedClaimSets(Workspace w, Random r) throws IOException {
        List<String> withSets = eventsWithLine(w, l -> l.startsWith("    topic: "));
        if (withSets.isEmpty()) return "no claim set left to change (an earlier mutation removed them)";
        String file = any(r, withSets);
        String[] lines = w.text(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("    topic: ")) continue;
            int claim = i;
            while (claim > 0 && !lines[claim].startsWith("  - ")) claim--;
            lines[i] = "    topic: never-named-" + r.nextInt(1000);
            w.write(file, String.join("\n", lines));
            w.expectErrorAt(file, claim + 1);
            return file + " claim on line " + (claim + 1) + " put in an unnamed set";
        }
        throw new IllegalStateException("no claim set line in " + file);
    }

    private static List<String> eventsWithLine(Workspace w, Predicate<String> line) {
        return w.files(f -> {
            try {
                return event(f) && w.text(f).lines().anyMatch(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String lineSeparators(Workspace w, Random r) throws IOException {
        String file = w.pick(r, f -> yaml(f) && !event(f));
        if (r.nextInt(3) == 0) {
            // A CR-only file with an invalid UTF-8 byte on its last line.
            String text = w.text(file).replace("\r\n", "\n").stripTrailing().replace("\n", "\r") + "\rbad: x";
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            b[b.length - 1] = (byte) 0xFF;
            w.write(file, b);
            w.expectErrorAt(file, text.split("\r", -1).length);
            return file + " in CR-only line ends, an invalid byte on its last line";
        }
        String sep = any(r, List.of("\u2028", "\u2029", "\u0085"));
        String[] lines = w.text(file).split("\n", -1);
        int first = firstScalarLine(lines);
        int colon = lines[first].indexOf(": ");
        lines[first] = lines[first].substring(0, colon + 2) + "\"A" + sep + "B\"";
        String text = String.join("\n", lines).stripTrailing() + "\nzzunknown: 1\n";
        w.write(file, text);
        int line = text.split("\n", -1).length - 1;
        w.expectErrorAt(file, line);
        return file + " U+" + String.format("%04X", (int) sep.charAt(0)) + " in line 1, unknown field on line " + line;
    }

    /** A claim's figure in a form YAML reads as another number: octal, hexadecimal, binary, '_', a thousands point. */
    static String numberForms(Workspace w, Random r) throws IOException {
        List<String> withValues = eventsWithLine(w, l -> l.matches("    value: [0-9]+"));
        if (withValues.isEmpty()) return "no claim left to change (an earlier mutation removed them)";
        String file = any(r, withValues);
        String form = any(r, List.of("076", "0x12", "0b101", "0o17", "1_000", "1.200", "12.000", "1:30"));
        String[] lines = w.text(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].matches("    value: [0-9]+")) continue;
            lines[i] = "    value: " + form;
            w.write(file, String.join("\n", lines));
            w.expectErrorAt(file, i + 1);
            return file + " value: " + form;
        }
        return "no claim value found";
    }

    /** An anchor or tag opening an event's title or summary, which YAML would take from the value. */
    static String anchorsAndTags(Workspace w, Random r) throws IOException {
        List<String> events = eventsWithLine(w, l -> l.startsWith("title: ") || l.startsWith("summary: "));
        if (events.isEmpty()) return "no event title left (an earlier mutation removed them)";
        String file = any(r, events);
        String[] lines = w.text(file).split("\n", -1);
        String field = r.nextBoolean() ? "title: " : "summary: ";
        String prefix = any(r, List.of("&Zqword ", "!Zqtag: ", "!!str ", "&a "));
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(field)) continue;
            String value = lines[i].substring(field.length());
            if (value.startsWith("\"") || value.startsWith("'")) return file + ": " + field + "is quoted, left as it is";
            lines[i] = field + prefix + value;
            w.write(file, String.join("\n", lines));
            w.expectErrorAt(file, i + 1);
            return file + " " + field + prefix + "...";
        }
        return file + ": no " + field;
    }

    /** A date of an agreement or a source far outside any record's years. */
    static String farDates(Workspace w, Random r) throws IOException {
        String file = w.pick(r, f -> f.startsWith("content/agreements/") || f.startsWith("content/sources/"));
        String[] lines = w.text(file).split("\n", -1);
        String far = any(r, List.of("0000-01-01", "0001-02-03", "2201-03-05", "9999-12-31", "1066-10-14"));
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].matches("(signed|effective|date): \"?[0-9]{4}-[0-9]{2}-[0-9]{2}\"?")) continue;
            String key = lines[i].substring(0, lines[i].indexOf(':'));
            lines[i] = key + ": \"" + far + "\"";
            w.write(file, String.join("\n", lines));
            w.expectErrorAt(file, i + 1);
            return file + " " + key + ": " + far;
        }
        return file + ": no day-precise date to move";
    }

    /** A title made of spaces and invisible characters only. */
    static String blankTitles(Workspace w, Random r) throws IOException {
        List<String> events = eventsWithLine(w, l -> l.startsWith("title: "));
        if (events.isEmpty()) return "no event title left (an earlier mutation removed them)";
        String file = any(r, events);
        String blank = any(r, List.of("\"\u200b\u200b\u200b\"", "\"\u00a0\u00a0\u00a0\u00a0\"", "\"\u2060 \u200b \u200b\""));
        String[] lines = w.text(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("title: ")) continue;
            lines[i] = "title: " + blank;
            w.write(file, String.join("\n", lines));
            w.expectErrorAt(file, i + 1);
            return file + " title: " + blank;
        }
        return file + ": no title";
    }

    /** A second block of fields pasted at the top of a Markdown item's text. */
    static String secondFrontMatter(Workspace w, Random r) throws IOException {
        String file = w.pick(r, f -> f.endsWith(".md"));
        String text = w.text(file);
        if (!text.startsWith("---\n")) return file + ": no front matter";
        int close = text.indexOf("\n---\n", 3);
        if (close < 0) return file + ": front matter not closed";
        int bodyLine = text.substring(0, close + 5).split("\n", -1).length;
        w.write(file, text.substring(0, close + 5) + "---\ntitle: An older draft\nsummary: Older.\n---\n" + text.substring(close + 5));
        w.expectErrorAt(file, bodyLine);
        return file + " a second front matter at line " + bodyLine;
    }

    /** site.yaml given a mistake of the kinds content files get: located in site.yaml. */
    static String settings(Workspace w, Random r) throws IOException {
        String text = w.text("site.yaml");
        String mistake = any(r, List.of("titel: Misspelt\n", "title: Twice\n", "quotes: sometimes\n", "tagline: No\n",
                "url: https://user:secret@example.org/\n", "tagline: \"A\\x01B\"\n", "chart: 12\n", "home: &h {lede: x}\n"));
        w.write("site.yaml", text.stripTrailing() + "\n" + mistake);
        w.expectErrorUnder("site.yaml");
        return "site.yaml + " + mistake.strip();
    }

    /** maps/region.json damaged as a hand edit or a bad export would: located in the region file. */
    static String regionFile(Workspace w, Random r) throws IOException {
        String text = w.text("maps/region.json");
        String[][] mistakes = {
                {"\"land\":[[", "\"land\":[[1,"},          // an odd outline
                {"\"west\":", "\"west\":\"far\",\"x\":"},   // a word for a number
                {"\"bounds\":{\"west\":", "\"bounds\":{\"west\":190,\"old\":"}, // off the globe
                {"\"south\":", "\"south\":89,\"was\":"},      // south above north
                {"]]", "]"},                                   // broken JSON
                {"\"lat\":", "\"lat\":\"NaN\",\"was\":"}};   // a city's latitude not a number
        String[] m = any(r, java.util.Arrays.asList(mistakes));
        if (!text.contains(m[0])) return "maps/region.json (no " + m[0] + ")";
        w.write("maps/region.json", text.replaceFirst(java.util.regex.Pattern.quote(m[0]),
                java.util.regex.Matcher.quoteReplacement(m[1])));
        w.expectErrorUnder("maps/region.json");
        return "maps/region.json: " + m[0] + " -> " + m[1];
    }

    static String yamlAliases(Workspace w, Random r) throws IOException {
        String file = w.pick(r, f -> f.startsWith("content/places/"));
        String[] lines = w.text(file).split("\n", -1);
        int first = firstScalarLine(lines);
        int colon = lines[first].indexOf(": ");
        lines[first] = lines[first].substring(0, colon + 2) + "&zqanchor " + lines[first].substring(colon + 2);
        String text = String.join("\n", lines).stripTrailing() + "\naliases: [*zqanchor]\n";
        if (w.text(file).contains("\naliases:")) text = text.replaceFirst("\naliases: \\[(?!\\*)", "\naliases: [*zqanchor, ");
        w.write(file, text);
        w.forbidInSite("zqanchor");
        return file + " name anchored &zqanchor, aliased in aliases";
    }

    static String controlCharacters(Workspace w, Random r) throws IOException {
        int c = any(r, List.of(0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0xFFFE, 0xFFFF));
        String file = w.pick(r, f -> markdown(f) || f.startsWith("content/places/") || f.startsWith("content/actors/"));
        String text = w.text(file);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^(title|name|summary): ").matcher(text);
        if (!m.find()) return file + " (no title or name)";
        String key = m.group(1);
        String ch = new String(Character.toChars(c));
        w.write(file, text.substring(0, m.end()) + "A" + ch + "B " + text.substring(m.end()));
        return file + " U+" + String.format("%04X", c) + " in its " + key;
    }

    static String controlCharacterReferences(Workspace w, Random r) throws IOException {
        return appendBody(w, r, "Text " + any(r, List.of("&#x1;", "&#1;", "&#x1F;", "&#xFFFE;", "&#xFFFF;", "&#x0B;")) + " more.");
    }

    static String longIds(Workspace w, Random r) throws IOException {
        // A Markdown file: the name may have 255 bytes, so a .md id has up to 252 characters, its page 256.
        String file = w.pick(r, MutationTest::markdown);
        String dir = file.substring(0, file.lastIndexOf('/') + 1);
        String name = file.substring(file.lastIndexOf('/') + 1);
        String ext = name.substring(name.lastIndexOf('.'));
        String stem = name.substring(0, name.lastIndexOf('.'));
        int length = 251 + r.nextInt(2);
        StringBuilder id = new StringBuilder(stem);
        while (id.length() < length) id.append("-long");
        String target = dir + id.substring(0, length).replaceAll("-+$", "x") + ext;
        w.write(target, w.bytes(file));
        return "copied " + file + " to an id of " + length + " characters";
    }

    static String backslashNames(Workspace w, Random r) throws IOException {
        String file = w.pick(r, f -> f.startsWith("content/places/"));
        String target = "content/places/a\\b.yaml";
        w.write(target, w.bytes(file));
        w.expectErrorUnder("content/places");
        return target;
    }
}
