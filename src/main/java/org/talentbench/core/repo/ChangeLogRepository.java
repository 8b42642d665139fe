package org.talentbench.core.repo;

import java.time.LocalDateTime;
import java.util.List;
import org.talentbench.core.audit.ChangeLogEntry;
import org.talentbench.core.audit.FieldChange;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The append-only change log: every change to a profile, an output or a representative-work selection, field by
 * field (who, when, field, old → new). Rows are never updated or deleted.
 *
 * <p>Rows are chained with SHA-256 so that an edit outside TalentBench can be detected ({@code audit verify}):
 * <pre>
 * hash = lowercase hex SHA-256( UTF-8 of  prev_hash | changed_at | actor | entity | entity_id | field | old | new )
 * </pre>
 * with {@code "|"} as the literal separator, {@code prev_hash} the hash of the row with the next-lower id (64 zeros for
 * the first row), {@code changed_at} the UTC time as {@code yyyy-MM-dd'T'HH:mm:ss.SSS}, {@code entity_id} in decimal and
 * {@code null} values as the empty string. {@link org.talentbench.core.audit.ChangeHash} is the one implementation;
 * {@link ChangeLogEntry#hashMatches()} re-checks a row. Appends serialise on the chain's head, so two transactions
 * appending at once still produce one unbroken chain.
 */
public interface ChangeLogRepository {
    /** Entity names used in the log. */
    String RESEARCHER = "researcher";
    String OUTPUT = "output";
    /** Representative works are logged under the researcher's id; the field names the round and position. */
    String REPRESENTATIVE_WORK = "representative_work";

    /**
     * Appends the changes in order, all stamped {@code changedAtUtc} (truncated to milliseconds) and {@code actor},
     * chained to the current last row; returns the stored rows.
     */
    List<ChangeLogEntry> append(LocalDateTime changedAtUtc, String actor, List<FieldChange> changes);

    /** The rows about one record, oldest first. */
    List<ChangeLogEntry> find(String entity, long entityId);

    /**
     * The rows a researcher's history shows, oldest first: the profile, its representative works, and the outputs
     * that currently credit the researcher.
     */
    List<ChangeLogEntry> findForResearcher(ResearcherId researcherId);

    /** All rows in id order (chain verification). */
    List<ChangeLogEntry> findAll();
}
