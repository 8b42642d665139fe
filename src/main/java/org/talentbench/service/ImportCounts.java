package org.talentbench.service;

/** How many records of one kind an import adds, updates, merges and leaves as they are. */
public record ImportCounts(int added, int updated, int merged, int skipped) {
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    ImportCounts plus(ImportAction action) {
        return action == null ? new ImportCounts(added + 1, updated, merged, skipped) : switch (action) {
            case UPDATE -> new ImportCounts(added, updated + 1, merged, skipped);
            case MERGE -> new ImportCounts(added, updated, merged + 1, skipped);
            case SKIP -> new ImportCounts(added, updated, merged, skipped + 1);
        };
    }

    public int total() {
        return added + updated + merged + skipped;
    }
}
