package org.talentbench.app.common;

/** A value with its translated label, for combo boxes and filters; {@code value} null means "all". */
public record Choice(String value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
