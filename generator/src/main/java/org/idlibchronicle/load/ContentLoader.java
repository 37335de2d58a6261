package org.idlibchronicle.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.idlibchronicle.diag.DidYouMean;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.kind.Content;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.concurrent.Parallel;

/**
 * The load stage: reads every file under {@code content/} into the model, validating each
 * against its kind's schema. Problems are collected, never thrown: a file that cannot be read
 * is left out and the rest still load, so one run reports everything.
 */
public final class ContentLoader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /**
     * The longest id: an id names the item's page ({@code <id>.html}) and file systems refuse
     * names over 255 bytes; the schemas hold references to the same limit.
     */
    public static final int MAX_ID_LENGTH = 100;

    private final Path root;
    private final Path contentDir;
    private final Path schemasDir;
    private final Problems problems;
    private final Set<String> unreadable = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<ContentKind> incomplete = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final LoadCache cache;

    public ContentLoader(Path root, Path contentDir, Path schemasDir, Problems problems) {
        this(root, contentDir, schemasDir, problems, new LoadCache());
    }

    public ContentLoader(Path root, Path contentDir, Path schemasDir, Problems problems, LoadCache cache) {
        this.cache = cache;
        this.root = root;
        this.contentDir = contentDir;
        this.schemasDir = schemasDir;
        this.problems = problems;
    }

    /**
     * Loads the files of every kind of {@code kinds}, each made into its record by its kind's reader,
     * and lists each kind's items in its order.
     */
    public Content load(List<? extends KindReading> kinds) {
        try {
            return loadKinds(kinds);
        } finally {
            cache.loadEnded();
        }
    }

    private Content loadKinds(List<? extends KindReading> kinds) {
        checkTopLevel();
        // The schemas first, in the kinds' order: a schema that cannot be read stops the load there,
        // after the kinds before it were read, as when the kinds were read one after the other.
        List<ContentSchema> schemas = new ArrayList<>();
        RuntimeException brokenSchema = null;
        for (KindReading reading : kinds) {
            try {
                schemas.add(ContentSchema.load(schemasDir, reading.kind()));
            } catch (RuntimeException e) {
                brokenSchema = e;
                break;
            }
        }
        // The kinds are read beside each other (and each kind's files on all cores): read one after
        // the other, each small kind's files waited for the events' to be done, on a core or two.
        List<Integer> readable = java.util.stream.IntStream.range(0, schemas.size()).boxed().toList();
        List<List<org.idlibchronicle.model.Item>> read = Parallel.map(readable, i -> {
            KindReading reading = kinds.get(i);
            ContentKind kind = reading.kind();
            ContentSchema schema = schemas.get(i);
            return reading.ordered(loadAll(kind, kind.type(), file -> {
                ItemFile item = read(file, schema);
                return item == null ? null : reading.read(item);
            }));
        });
        if (brokenSchema != null) throw brokenSchema;
        Map<ContentKind, List<? extends org.idlibchronicle.model.Item>> items = new EnumMap<>(ContentKind.class);
        for (int i = 0; i < read.size(); i++) items.put(kinds.get(i).kind(), read.get(i));
        return new Content(items, unreadable, incomplete);
    }

    /**
     * Reads every file of one kind. Files are parsed in parallel (each is independent); a file
     * unchanged since the last build comes from the cache; the result keeps path order.
     */
    private <T> List<T> loadAll(ContentKind kind, Class<? extends T> type, Function<Path, T> reader) {
        Path dir = contentDir.resolve(kind.folder());
        List<Path> listed = cache.listing(dir);
        List<Path> files = listed != null ? listed : files(kind.folder(), kind.yearFolders(), Set.copyOf(kind.extensions()));
        List<T> items = Parallel.map(files, file -> {
            T cached = listed != null ? cache.getListed(file, type) : cache.get(file, type);
            if (cached != null) return cached;
            int errorsBefore = (int) problems.errorCount();
            T item = reader.apply(file);
            if (item == null) {
                unreadable.add(idOf(file));
                incomplete.add(kind);
            } else if (problems.errorCount() == errorsBefore) {
                cache.put(file, item);
            }
            return item;
        });
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (item != null) out.add(item);
        }
        return out;
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }

    /**
     * Content files of one kind, sorted by path; anything else in the folder is reported: a file of
     * another form, one at the wrong depth, and a symbolic link that dangles, loops or leads out of
     * the repository. Nothing under a kind's folder is skipped without a word, except hidden files
     * (an editor's or the system's) and README.md.
     */
    private List<Path> files(String kind, boolean yearFolders, Set<String> extensions) {
        Path dir = contentDir.resolve(kind);
        cache.notListed(dir);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> found = new ArrayList<>();
        long problemsBefore = problems.errorCount() + problems.warningCount();
        boolean[] linked = {Files.isSymbolicLink(dir)};
        walk(dir, found, new java.util.HashSet<>(), linked);
        found.sort(Comparator.naturalOrder());
        List<Path> out = new ArrayList<>();
        for (Path p : found) {
            String name = p.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
            int depth = dir.relativize(p).getNameCount();
            if (!extensions.contains(ext)) {
                problems.error(pos(p), "unexpected file in content/" + kind + "/: " + kind + " are "
                        + String.join(" or ", new TreeSet<>(extensions)) + " files"
                        + (ext.equals(".yml") ? " (rename .yml to .yaml)" : ""));
            } else if (depth != (yearFolders ? 2 : 1)) {
                problems.error(pos(p), yearFolders
                        ? "event files go in a folder named after their year: content/events/YYYY/"
                        : kind + " files go directly in content/" + kind + "/, not in a subfolder");
            } else {
                out.add(p);
            }
        }
        if (!linked[0] && problems.errorCount() + problems.warningCount() == problemsBefore) cache.listed(dir, out);
        return out;
    }

    /**
     * Collects the regular files under {@code dir}, following symbolic links that stay inside the
     * repository (each real folder once, so a link back up cannot loop) and reporting every other
     * entry that is not a file, hidden entries and README.md aside.
     */
    private void walk(Path dir, List<Path> out, Set<Path> visited, boolean[] linked) {
        Path real = realInside(dir);
        if (real == null) return;
        if (!visited.add(real)) {
            problems.error(pos(dir), "symbolic link to " + linkTarget(dir) + " leads to a folder that is read"
                    + " already (a loop, or a second way to the same files): remove the link");
            return;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.error(pos(dir), "cannot read folder: " + reason(e));
            return;
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".") || name.equals("README.md")) continue;
            if (Files.isSymbolicLink(p)) {
                linked[0] = true;
                if (realInside(p) == null) continue;
            }
            if (Files.isDirectory(p)) {
                walk(p, out, visited, linked);
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.error(pos(p), "not a regular file (a device, pipe or socket): content files must be"
                        + " ordinary files");
            }
        }
    }

    /**
     * Where a path really leads, or null after reporting it, when it is a symbolic link that dangles,
     * loops, or leads out of the repository (its text would be published from outside the checkout).
     */
    private Path realInside(Path p) {
        Path real;
        try {
            real = p.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            problems.error(pos(p), "symbolic link to " + linkTarget(p) + ", which does not exist: remove the link"
                    + " or put the file itself here");
            return null;
        } catch (java.nio.file.FileSystemException e) {
            problems.error(pos(p), (Files.isSymbolicLink(p) ? "symbolic link to " + linkTarget(p)
                    + " cannot be followed (" + reason(e) + "; a link that leads back to itself?)"
                    : "cannot be read: " + reason(e)) + ": remove the link or put the file itself here");
            return null;
        } catch (IOException e) {
            problems.error(pos(p), "cannot be read: " + reason(e));
            return null;
        }
        if (!real.startsWith(realRoot())) {
            problems.error(pos(p), "symbolic link to " + linkTarget(p) + ", outside the repository: content files"
                    + " must be in the checkout, not linked from elsewhere");
            return null;
        }
        return real;
    }

    private Path realRoot;

    private Path realRoot() {
        if (realRoot == null) {
            try {
                realRoot = root.toRealPath();
            } catch (IOException e) {
                realRoot = root.toAbsolutePath().normalize();
            }
        }
        return realRoot;
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "an unreadable target";
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage();
        if (t instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) m = fse.getReason();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    /**
     * What stands directly in {@code content/}: only the registry's folders (and a README.md). A
     * folder of another name ({@code event/}, {@code Events/}) or a stray file would be skipped, and
     * the items in it would silently be missing from the site, so each is an error with the closest
     * folder name.
     */
    private void checkTopLevel() {
        if (!Files.isDirectory(contentDir)) return;
        List<String> folders = java.util.Arrays.stream(ContentKind.values()).map(ContentKind::folder).toList();
        String known = folders.stream().map(f -> f + "/").collect(java.util.stream.Collectors.joining(", "));
        List<Path> entries;
        try (Stream<Path> list = Files.list(contentDir)) {
            entries = list.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.error(pos(contentDir), "cannot read folder: " + reason(e));
            return;
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".") || name.equals("README.md")) continue;
            boolean isDir = Files.isDirectory(p);
            if (isDir && folders.contains(name)) continue; // read, and its links checked, by files()
            if (Files.isSymbolicLink(p) && realInside(p) == null) continue;
            String stem = !isDir && name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            String hint = DidYouMean.closest(stem, folders).map(f -> " (did you mean '" + f + "/'?)").orElse("");
            problems.error(pos(p), isDir
                    ? "unknown folder content/" + name + "/" + hint + ": content/ holds only " + known
                            + "; its files are not read"
                    : "unexpected file content/" + name + hint + ": content files go in one of " + known
                            + " (events in a folder per year)");
        }
    }

    /** Every kind's schema, read when a file first needs to be compared with another kind's. */
    private final Map<ContentKind, ContentSchema> otherSchemas = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Validates {@code doc} against its folder's schema. When it fails with unknown fields but fits
     * exactly one other kind's schema (a place saved under content/topics/), the mistake is the
     * folder: one error says where the file belongs, instead of an error for every field.
     */
    private boolean validate(YamlDocument doc, ContentSchema schema, String name, SourcePosition at) {
        Problems found = new Problems();
        if (schema.validate(doc, found)) return true;
        boolean unknownFields = found.sorted().stream().anyMatch(p -> p.message().startsWith("unknown field"));
        String ext = name.substring(name.lastIndexOf('.'));
        List<ContentKind> fits = new ArrayList<>();
        if (unknownFields) {
            for (ContentKind other : ContentKind.values()) {
                if (other.key().equals(schema.kind()) || !other.extensions().contains(ext)) continue;
                ContentSchema s = otherSchemas.computeIfAbsent(other, k -> ContentSchema.load(schemasDir, k));
                if (s.validate(doc, new Problems())) fits.add(other);
            }
        }
        if (fits.size() == 1) {
            ContentKind belongs = fits.get(0);
            ContentKind here = ContentKind.byKey(schema.kind()).orElseThrow();
            problems.error(at.atLine(1, 1), "this file has the fields of " + article(belongs.label().toLowerCase(java.util.Locale.ROOT))
                    + ", not of " + article(here.label().toLowerCase(java.util.Locale.ROOT)) + ": move it to "
                    + belongs.newFileHint(name.substring(0, name.lastIndexOf('.'))).replaceAll("\\.[a-z]+$", "") + ext);
            return false;
        }
        found.sorted().forEach(p -> {
            if (p.severity() == org.idlibchronicle.diag.Problem.Severity.ERROR) problems.error(p.position(), p.message());
            else problems.warning(p.position(), p.message());
        });
        return false;
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private ItemFile read(Path file, ContentSchema schema) {
        String name = file.getFileName().toString();
        boolean markdown = name.endsWith(".md");
        String id = name.substring(0, name.lastIndexOf('.'));
        SourcePosition at = pos(file);
        if (!ID.matcher(id).matches()) {
            problems.error(at, "file name '" + name + "' is not a valid id: use lowercase letters, digits and"
                    + " single hyphens (the name becomes the page's URL)");
            unreadable.add(id);
            return null;
        }
        if (id.length() > MAX_ID_LENGTH) {
            problems.error(at, "file name '" + name + "' makes an id of " + id.length() + " characters; ids may have at most "
                    + MAX_ID_LENGTH + " (the name becomes the page's URL): shorten the file name");
            unreadable.add(id);
            return null;
        }
        try {
            String text = TextFile.read(file, at, problems);
            if (text == null) {
                unreadable.add(id);
                return null;
            }
            String yaml = text;
            int yamlFirstLine = 1;
            Markdown body = null;
            FrontMatter fm = null;
            if (markdown) {
                fm = FrontMatter.split(text, at, problems);
                if (fm == null) {
                    unreadable.add(id);
                    return null;
                }
                yaml = fm.yaml();
                yamlFirstLine = fm.yamlFirstLine();
            }
            YamlDocument doc = YamlReader.read(yaml, at, yamlFirstLine - 1, problems);
            if (doc == null || !validate(doc, schema, name, at)) {
                unreadable.add(id);
                return null;
            }
            Fields fields = new Fields(doc, problems);
            if (fm != null) {
                if (fields.has("/body")) {
                    problems.error(doc.keyAt("/body"), "'body' is only for .yaml events: in a .md file the text"
                            + " follows the front matter");
                    unreadable.add(id);
                    return null;
                }
                body = MarkdownScanner.scan(fm.body(), at.atLine(fm.bodyFirstLine(), 1), 0, problems);
            }
            return new ItemFile(id, fields, body, text.split("\n", -1), problems, at,
                    file.getParent().getFileName().toString());
        } catch (IOException e) {
            problems.error(at, "cannot read file: " + e.getMessage());
            unreadable.add(id);
            return null;
        }
    }

    /**
     * The file's path from the repository root, its names joined by '/' whatever the platform's
     * separator: a backslash that is part of a file name (allowed on Linux and macOS) stays as it is.
     */
    private SourcePosition pos(Path file) {
        StringBuilder path = new StringBuilder();
        for (Path name : root.relativize(file)) {
            if (path.length() > 0) path.append('/');
            path.append(name);
        }
        return SourcePosition.file(path.toString());
    }
}
