package org.talentbench.core.committee;

/** Typed identity of a user account (administrator, chair, member, observer). Zero or negative: not stored yet. */
public record AccountId(long value) {
    public static final AccountId NEW = new AccountId(0);

    public boolean isNew() {
        return value <= 0;
    }
}
