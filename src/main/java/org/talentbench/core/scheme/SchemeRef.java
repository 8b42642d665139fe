package org.talentbench.core.scheme;

/** The identity of one scheme version, as stored with every result. */
public record SchemeRef(String id, int version) {
    @Override
    public String toString() {
        return id + "@" + version;
    }
}
