package org.talentbench.service;

import java.util.HashMap;
import java.util.Map;

/**
 * The user's answer to the matches of a plan: one action for every match, or the proposed one, with exceptions per
 * match id. Immutable.
 *
 * @param forAll  the action for every match without its own; null means each match's proposed action
 * @param byMatch actions chosen for single matches, by {@link ImportMatch#id()}
 */
public record ImportDecisions(ImportAction forAll, Map<String, ImportAction> byMatch) {
    public ImportDecisions {
        byMatch = byMatch == null ? Map.of() : Map.copyOf(byMatch);
    }

    /** Every match gets its proposed action. */
    public static ImportDecisions proposed() {
        return new ImportDecisions(null, Map.of());
    }

    public static ImportDecisions all(ImportAction action) {
        return new ImportDecisions(action, Map.of());
    }

    public ImportDecisions with(String matchId, ImportAction action) {
        Map<String, ImportAction> copy = new HashMap<>(byMatch);
        copy.put(matchId, action);
        return new ImportDecisions(forAll, copy);
    }

    public ImportAction actionFor(ImportMatch match) {
        ImportAction own = byMatch.get(match.id());
        if (own != null) {
            return own;
        }
        return forAll != null ? forAll : match.proposed();
    }
}
