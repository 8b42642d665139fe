package org.talentbench.app.accounts;

/** One line of the accounts table, already translated; {@code researcher} is the linked profile's number and name. */
public record AccountRow(long id, String login, String displayName, String role, String researcher,
                         String department, String state, boolean active) {
}
