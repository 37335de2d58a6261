package org.idlibchronicle.model;

import java.util.Locale;

/** What became of an agreement. */
public enum AgreementStatus {
    IN_FORCE("in force"), COLLAPSED("collapsed"), SUPERSEDED("superseded"), REPORTED_ONLY("reported only");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AgreementStatus fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
