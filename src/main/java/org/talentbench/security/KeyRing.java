package org.talentbench.security;

import java.util.Set;

/**
 * What account administration does to the key slots of the open database when it is encrypted; {@link #NONE} for a
 * plain database. The order against the database transaction is the caller's job and is what keeps the slots and
 * the accounts consistent after a crash (docs/decisions/0091-encryption-at-rest.md): {@link #stage} before the
 * commit of a password change, everything else after the commit.
 */
public interface KeyRing {
    /** Whether the open database is encrypted at rest. */
    boolean encrypted();

    /** Adds a slot for {@code login} under {@code password}, keeping the login's current one (before a commit). */
    void stage(String login, char[] password);

    /** Takes back the slot {@link #stage} added last for {@code login} (its commit failed). */
    void unstage(String login);

    /** Gives {@code login} exactly one slot, under {@code password} (after a commit); other logins' stay as they are. */
    void put(String login, char[] password);

    /** Removes {@code login}'s slots. */
    void remove(String login);

    /** Removes the slots of every login not in {@code logins}. */
    void retainOnly(Set<String> logins);

    /** Whether {@code login} holds a slot. */
    default boolean hasSlot(String login) {
        return slotCount(login) > 0;
    }

    /** How many slots {@code login} holds (two while a password change is under way or after it was interrupted). */
    int slotCount(String login);

    /** The ring of a plain database: nothing to do. */
    KeyRing NONE = new KeyRing() {
        @Override
        public boolean encrypted() {
            return false;
        }

        @Override
        public void stage(String login, char[] password) {
        }

        @Override
        public void unstage(String login) {
        }

        @Override
        public void put(String login, char[] password) {
        }

        @Override
        public void remove(String login) {
        }

        @Override
        public void retainOnly(Set<String> logins) {
        }

        @Override
        public int slotCount(String login) {
            return 0;
        }
    };
}
