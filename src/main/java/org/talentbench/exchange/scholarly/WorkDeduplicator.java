package org.talentbench.exchange.scholarly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportProblem;

/**
 * Drops works that repeat an earlier one: same DOI, or same source key (ORCID put-code, OpenAlex id). The first
 * occurrence is kept, so callers pass works in the order of preference. Also useful across files, e.g. an ORCID
 * record and an OpenAlex works list of the same person.
 */
public final class WorkDeduplicator {
    private WorkDeduplicator() {
    }

    /**
     * The works without repeats; each dropped work adds a {@link ImportCodes#WORK_DUPLICATE} warning naming the
     * dropped and the kept key.
     */
    public static List<ImportedWork> deduplicate(List<ImportedWork> works, String file, List<ImportProblem> warnings) {
        Map<String, ImportedWork> byDoi = new HashMap<>();
        Map<String, ImportedWork> byKey = new HashMap<>();
        List<ImportedWork> kept = new ArrayList<>();
        for (ImportedWork w : works) {
            String doi = w.output().doi();
            ImportedWork earlier = doi.isEmpty() ? null : byDoi.get(doi);
            if (earlier == null && !w.sourceKey().isEmpty()) {
                earlier = byKey.get(w.sourceKey());
            }
            if (earlier != null) {
                warnings.add(ImportProblem.of(file, w.sourceKey(), ImportCodes.WORK_DUPLICATE, w.sourceKey(),
                        earlier.sourceKey()));
                continue;
            }
            kept.add(w);
            if (!doi.isEmpty()) {
                byDoi.put(doi, w);
            }
            if (!w.sourceKey().isEmpty()) {
                byKey.put(w.sourceKey(), w);
            }
        }
        return kept;
    }
}
