package org.idlibchronicle.model;

import java.util.Locale;

/** How an event bears on an agreement or one of its provisions. */
public enum Relation {
    SIGNS("signs", "signed"),
    ANNOUNCES("announces", "announced"),
    IMPLEMENTS("implements", "implemented"),
    VIOLATES("violates", "violated"),
    ALLEGED_VIOLATION("alleged-violation", "alleged violation"),
    ENDS("ends", "ended"),
    REAFFIRMS("reaffirms", "reaffirmed"),
    CONCERNS("concerns", "concerns");

    private final String key;
    private final String label;

    Relation(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The spelling used in content files. */
    public String key() {
        return key;
    }

    /** A short label for badges. */
    public String label() {
        return label;
    }

    public static Relation fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
