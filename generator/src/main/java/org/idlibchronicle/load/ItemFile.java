package org.idlibchronicle.load;

import java.util.Map;
import org.idlibchronicle.diag.Problems;
import org.idlibchronicle.diag.SourcePosition;
import org.idlibchronicle.model.Markdown;

/**
 * One content file read as far as its fields and validated against its kind's schema, as its kind's
 * reader ({@link KindReading}) receives it: its id, its fields, the Markdown it holds (located at
 * its line and column), and the binding of its fields to a record by name.
 */
public final class ItemFile {
    private final String id;
    private final Fields fields;
    private final Markdown body;
    private final String[] lines;
    private final Problems problems;
    private final SourcePosition at;
    private final String folder;

    ItemFile(String id, Fields fields, Markdown body, String[] lines, Problems problems, SourcePosition at, String folder) {
        this.id = id;
        this.fields = fields;
        this.body = body;
        this.lines = lines;
        this.problems = problems;
        this.at = at;
        this.folder = folder;
    }

    /** Its id: its file name without the extension. */
    public String id() {
        return id;
    }

    public Fields fields() {
        return fields;
    }

    /** Where a reader reports what is wrong with a value (a problem with the file is reported at {@link #at}). */
    public Problems problems() {
        return problems;
    }

    /** The file itself, for a problem with it as a whole (its name). */
    public SourcePosition at() {
        return at;
    }

    /** The name of the folder it is in: an event's year folder. */
    public String folder() {
        return folder;
    }

    /** The text after a {@code .md} file's front matter; null for a {@code .yaml} file. */
    public Markdown body() {
        return body;
    }

    /** The Markdown held in the YAML string at {@code ptr}, located so that its references are reported at their line. */
    public Markdown markdown(String ptr) {
        SourcePosition at = fields.at(ptr);
        String line = at.line() >= 1 && at.line() <= lines.length ? lines[at.line() - 1] : "";
        int col = Math.max(at.column() - 1, 0);
        char indicator = col < line.length() ? line.charAt(col) : ' ';
        if (indicator == '|' || indicator == '>') {
            // A block scalar: its text starts on the next line at that line's indentation.
            String next = at.line() < lines.length ? lines[at.line()] : "";
            int indent = next.length() - next.stripLeading().length();
            return MarkdownScanner.scan(fields.text(ptr), at.atLine(at.line() + 1, 1), indent, problems);
        }
        int start = indicator == '"' || indicator == '\'' ? col + 1 : col;
        return MarkdownScanner.scan(fields.text(ptr), at.atLine(at.line(), 1), start, problems);
    }

    /** The file bound to {@code type} by field names ({@link RecordBinder}). */
    public <T extends Record> T bind(Class<T> type) {
        return RecordBinder.bind(type, this, Map.of());
    }

    /**
     * The file bound to {@code type} by field names, except the components {@code given} names, which
     * take its values: a reader gives what needs more than a field's text (an event's date, its claims)
     * and lets every other field be bound, so that a new plain field needs no reader change.
     */
    public <T extends Record> T bind(Class<T> type, Map<String, Object> given) {
        return RecordBinder.bind(type, this, given);
    }
}
