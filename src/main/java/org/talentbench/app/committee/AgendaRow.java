package org.talentbench.app.committee;

/** One agenda line as the committee table shows it: plain texts, no core records. */
public record AgendaRow(long personId, int position, String employeeNo, String name, String rank, String proposed,
                        String decided, String peerReview, String reason, boolean discussed, boolean barred) {
}
