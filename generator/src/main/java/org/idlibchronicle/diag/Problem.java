package org.idlibchronicle.diag;

/** One finding about the content, printed like a compiler diagnostic. */
public record Problem(Severity severity, SourcePosition position, String message)
        implements Comparable<Problem> {

    public enum Severity {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public int compareTo(Problem o) {
        int c = position.compareTo(o.position);
        return c != 0 ? c : message.compareTo(o.message);
    }

    /** {@code content/events/2020/x.md:4:7: error: unknown place 'saraquib' (did you mean 'saraqib'?)} */
    @Override
    public String toString() {
        return position + ": " + severity.label() + ": " + message;
    }
}
