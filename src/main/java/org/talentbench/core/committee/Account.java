package org.talentbench.core.committee;

import java.time.Instant;
import java.util.Objects;
import org.talentbench.core.researcher.ResearcherId;

/**
 * A user account. {@code passwordHash} is an encoded Argon2id hash (parameters, salt and hash), never a password.
 * {@code researcherId} links an internal expert to their profile so that conflicts of interest can be found from
 * their department and outputs; it is {@code null} for an external expert, whose {@code departmentCode} is empty.
 * {@code failedAttempts} and {@code lockedUntil} implement the pause after repeated failed logins.
 * Immutable; {@code version} is the optimistic-lock counter.
 */
public record Account(AccountId id, String login, String displayName, Role role, ResearcherId researcherId,
                      String departmentCode, String discipline, String passwordHash, boolean active,
                      int failedAttempts, Instant lockedUntil, long version) {
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? login : displayName;
        departmentCode = departmentCode == null ? "" : departmentCode;
        discipline = discipline == null ? "" : discipline;
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    public Account withId(AccountId newId) {
        return new Account(newId, login, displayName, role, researcherId, departmentCode, discipline, passwordHash,
                active, failedAttempts, lockedUntil, version);
    }

    public Account withVersion(long newVersion) {
        return new Account(id, login, displayName, role, researcherId, departmentCode, discipline, passwordHash,
                active, failedAttempts, lockedUntil, newVersion);
    }

    public Account withPasswordHash(String newHash) {
        return new Account(id, login, displayName, role, researcherId, departmentCode, discipline, newHash,
                active, failedAttempts, lockedUntil, version);
    }

    public Account withFailures(int attempts, Instant until) {
        return new Account(id, login, displayName, role, researcherId, departmentCode, discipline, passwordHash,
                active, attempts, until, version);
    }

    public Account withActive(boolean nowActive) {
        return new Account(id, login, displayName, role, researcherId, departmentCode, discipline, passwordHash,
                nowActive, failedAttempts, lockedUntil, version);
    }

    /** The reviewer as the conflict finder sees them. */
    public Reviewer asReviewer() {
        return new Reviewer(id, researcherId, departmentCode);
    }
}
