package org.idlibchronicle.plan;

import java.util.regex.Pattern;

/**
 * Where one output of the build goes, relative to the site's root: {@code events/2020/x.html}.
 * Always forward slashes, never absolute, never {@code ..}, never a folder: made only from ids
 * the loader has checked, so a path that breaks these rules is a bug in the plan, not in content.
 */
public record OutputPath(String value) implements Comparable<OutputPath> {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public OutputPath {
        for (String segment : value.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                throw new IllegalArgumentException("not a site path: '" + value + "'");
            }
        }
    }

    public static OutputPath of(String value) {
        return new OutputPath(value);
    }

    /** How many folders deep it is: 0 for {@code index.html}. */
    public int depth() {
        return (int) value.chars().filter(c -> c == '/').count();
    }

    /** The prefix that leads from this page back to the site root: "" or "../" or "../../". */
    public String root() {
        return "../".repeat(depth());
    }

    /** A link from this page to {@code target} (a site path, maybe with an anchor), relative so the site works from any folder. */
    public String linkTo(String target) {
        return root() + target;
    }

    @Override
    public int compareTo(OutputPath o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
