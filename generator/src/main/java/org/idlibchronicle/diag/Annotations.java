package org.idlibchronicle.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * Problems as GitHub Actions workflow commands ({@code ::error file=...,line=...,col=...::message}),
 * which a pull request shows as annotations on the changed lines, so a reviewer and a volunteer see
 * each problem where it is instead of in the raw log. Printed besides the compiler-style lines when
 * the build runs in GitHub Actions ({@code GITHUB_ACTIONS=true}) or is asked to with
 * {@code -Dsite.annotations=github}; {@code -Dsite.annotations=none} turns them off.
 */
public final class Annotations {
    public static final String PROPERTY = "site.annotations";

    private Annotations() {}

    /** Whether this run should print annotations: the property, else whether it runs in GitHub Actions. */
    public static boolean wanted() {
        String asked = System.getProperty(PROPERTY, "").strip().toLowerCase(Locale.ROOT);
        if (!asked.isEmpty()) return asked.equals("github");
        return "true".equals(System.getenv("GITHUB_ACTIONS"));
    }

    /** The workflow command for {@code p}, or none for a problem that names no file. */
    public static Optional<String> of(Problem p) {
        SourcePosition at = p.position();
        if (at.path() == null || at.path().isEmpty() || at.path().startsWith("(")) return Optional.empty();
        StringBuilder b = new StringBuilder("::").append(p.severity() == Problem.Severity.ERROR ? "error" : "warning")
                .append(" file=").append(property(at.path()));
        if (at.line() > 0) b.append(",line=").append(at.line());
        if (at.line() > 0 && at.column() > 0) b.append(",col=").append(at.column());
        return Optional.of(b.append("::").append(data(p.message())).toString());
    }

    /** A message: %, CR and LF escaped, as the runner decodes them. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as a message, and ':' and ',' too. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
