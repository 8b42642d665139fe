package org.talentbench.service;

import java.time.LocalDate;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.tech.Standings;

/**
 * Where the key-technology screens take people's standing from. Evaluation rounds are not on this branch yet: the
 * {@link #preview} source runs the engine as a dry run (clearly marked as no official result); once rounds are
 * stored, a source reading the latest round's snapshot replaces it (see docs/decisions/0005-key-technologies.md).
 */
@FunctionalInterface
public interface StandingsSource {
    /** The standings to show for the map or shortlist of {@code asOf}. */
    Standings standings(Transactions tx, LocalDate asOf);

    /** No standings: the column stays empty with a note. */
    static StandingsSource none() {
        return (tx, asOf) -> Standings.none();
    }

    /** A dry run of the engine with the default schemes on the date ({@link PreviewStandings}). */
    static StandingsSource preview() {
        return PreviewStandings::compute;
    }
}
