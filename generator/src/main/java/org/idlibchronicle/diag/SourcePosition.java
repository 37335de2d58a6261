package org.idlibchronicle.diag;

/**
 * Where a value came from: a path relative to the repository root (with forward slashes),
 * and a 1-based line and column. Line or column 0 means "the whole file" or "the whole line".
 */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    public static SourcePosition file(String path) {
        return new SourcePosition(path, 0, 0);
    }

    public SourcePosition atLine(int newLine, int newColumn) {
        return new SourcePosition(path, newLine, newColumn);
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** The compiler-style prefix: {@code path:line:col}, shortened when line or column is unknown. */
    @Override
    public String toString() {
        if (line <= 0) return path;
        if (column <= 0) return path + ":" + line;
        return path + ":" + line + ":" + column;
    }
}
