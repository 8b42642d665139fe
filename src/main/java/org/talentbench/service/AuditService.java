package org.talentbench.service;

import java.util.List;
import org.talentbench.store.AuditChain;
import org.talentbench.store.Database;

/**
 * Checks the tamper-evident audit trail (the SHA-256 chain over the change log) and says what it found in words the
 * GUI and the CLI can show: a message key and its arguments. Stateless.
 */
public final class AuditService {
    /** The kinds of tampering named in {@code audit.broken.<kind>} message keys. */
    public static final List<String> TAMPERS = List.of("edited", "inserted", "deleted", "deletedAtEnd");

    /** The chain's state: intact, or the first record that was edited, inserted or deleted out of band. */
    public record Status(boolean intact, int records, long brokenId, String tamper, String headHash) {
        /** The message key describing this state ({@code audit.intact}, {@code audit.broken.edited}, …). */
        public String key() {
            return intact ? "audit.intact" : "audit.broken." + tamper;
        }

        /** The arguments of {@link #key()}: number of records, broken id, head hash. */
        public List<Object> args() {
            return List.of(records, brokenId, headHash);
        }
    }

    private AuditService() {
    }

    public static Status verify(Database db) {
        AuditChain.Report report = AuditChain.verify(db);
        if (report.intact()) {
            return new Status(true, report.rows(), 0, "", report.headHash());
        }
        AuditChain.Break b = report.firstBreak().orElseThrow();
        String tamper = switch (b.kind()) {
            case EDITED -> "edited";
            case INSERTED -> "inserted";
            case DELETED -> b.afterEnd() ? "deletedAtEnd" : "deleted";
        };
        return new Status(false, report.rows(), b.id(), tamper, report.headHash());
    }
}
