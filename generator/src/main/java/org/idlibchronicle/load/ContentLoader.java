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
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.kind.ContentKind;
import org.idlibchronicle.model.Agreement;
import org.idlibchronicle.model.Content;
import org.idlibchronicle.model.Event;
import org.idlibchronicle.model.Markdown;
import org.idlibchronicle.model.Source;
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
    private static final Pattern EVENT_NAME = Pattern.compile("(\\d{4}-\\d{2}(-\\d{2})?)-[a-z0-9]+(-[a-z0-9]+)*");

    private final Path root;
    private final Path contentDir;
    private final Path schemasDir;
    private final Problems problems;
    private final ItemReaders readers;
    private final Set<String> unreadable = java.util.concurrent.ConcurrentHashMap.newKeySet();
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
        this.readers = new ItemReaders(problems);
    }

    /**
     * Loads every kind of the registry. Events, agreements and sources have readers of their own
     * (real dates, claims, provisions); any other kind is bound to its record by field names.
     */
    public Content load() {
        Map<ContentKind, List<? extends org.idlibchronicle.model.Item>> items = new EnumMap<>(ContentKind.class);
        for (ContentKind kind : ContentKind.values()) {
            ContentSchema schema = ContentSchema.load(schemasDir, kind);
            items.put(kind, switch (kind) {
                case EVENT -> {
                    List<Event> events = loadAll(kind, Event.class, file -> {
                        Item item = read(file, schema);
                        if (item == null) return null;
                        Event event = readers.event(item.id, item.fields, item, item.body);
                        // Only a real date can be compared with the file name: 2020-02-30 is reported once.
                        if (event != null) checkEventFileName(item, file);
                        return event;
                    });
                    events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
                    yield events;
                }
                case AGREEMENT -> loadAll(kind, Agreement.class, file -> {
                    Item item = read(file, schema);
                    return item == null ? null : readers.agreement(item.id, item.fields, item, item.body);
                });
                case SOURCE -> loadAll(kind, Source.class, file -> {
                    Item item = read(file, schema);
                    return item == null ? null : readers.source(item.id, item.fields);
                });
                default -> loadAll(kind, kind.type(), file -> {
                    Item item = read(file, schema);
                    return item == null ? null : bound(kind, item);
                });
            });
        }
        return new Content(items, unreadable);
    }

    /** An item of a kind without a reader of its own, bound to its record by field names. */
    private <T extends org.idlibchronicle.model.Item> T bound(ContentKind kind, Item item) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> type = (Class<? extends Record>) kind.type().asSubclass(Record.class);
        @SuppressWarnings("unchecked")
        T bound = (T) RecordBinder.bind(type, item.id, item.fields, item);
        return bound;
    }

    /**
     * Reads every file of one kind. Files are parsed in parallel (each is independent); a file
     * unchanged since the last build comes from the cache; the result keeps path order.
     */
    private <T> List<T> loadAll(ContentKind kind, Class<? extends T> type, Function<Path, T> reader) {
        List<Path> files = files(kind.folder(), kind.yearFolders(), Set.copyOf(kind.extensions()));
        List<T> items = Parallel.map(files, file -> {
            T cached = cache.get(file, type);
            if (cached != null) return cached;
            int errorsBefore = (int) problems.errorCount();
            T item = reader.apply(file);
            if (item == null) {
                unreadable.add(idOf(file));
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

    /** Content files of one kind, sorted by path; anything else in the folder is reported. */
    private List<Path> files(String kind, boolean yearFolders, Set<String> extensions) {
        Path dir = contentDir.resolve(kind);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.equals("README.md")) continue;
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private Item read(Path file, ContentSchema schema) {
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
            if (doc == null || !schema.validate(doc, problems)) {
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
            return new Item(id, fields, body, text.split("\n", -1), problems);
        } catch (IOException e) {
            problems.error(at, "cannot read file: " + e.getMessage());
            unreadable.add(id);
            return null;
        }
    }

    private void checkEventFileName(Item item, Path file) {
        var m = EVENT_NAME.matcher(item.id);
        String date = item.fields.text("/date");
        String year = file.getParent().getFileName().toString();
        if (!m.matches()) {
            problems.error(pos(file), "event file name '" + item.id + "' must start with its date: "
                    + date + "-short-title");
        } else if (!m.group(1).equals(date)) {
            problems.error(item.fields.at("/date"), "date " + date + " does not match the file name '" + item.id
                    + "': rename the file to start with " + date + "- or correct the date");
        }
        if (!date.startsWith(year + "-")) {
            problems.error(item.fields.at("/date"), "event dated " + date + " is in folder " + year
                    + "/: move it to content/events/" + date.substring(0, 4) + "/");
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

    /** One file read as far as its fields; also locates Markdown held in its YAML strings. */
    private record Item(String id, Fields fields, Markdown body, String[] lines, Problems problems) implements ItemReaders.MarkdownSource {
        @Override
        public Markdown markdown(Fields f, String ptr) {
            SourcePosition at = f.at(ptr);
            String line = at.line() >= 1 && at.line() <= lines.length ? lines[at.line() - 1] : "";
            int col = Math.max(at.column() - 1, 0);
            char indicator = col < line.length() ? line.charAt(col) : ' ';
            if (indicator == '|' || indicator == '>') {
                // A block scalar: its text starts on the next line at that line's indentation.
                String next = at.line() < lines.length ? lines[at.line()] : "";
                int indent = next.length() - next.stripLeading().length();
                return MarkdownScanner.scan(f.text(ptr), at.atLine(at.line() + 1, 1), indent, problems);
            }
            int start = indicator == '"' || indicator == '\'' ? col + 1 : col;
            return MarkdownScanner.scan(f.text(ptr), at.atLine(at.line(), 1), start, problems);
        }
    }
}
