package org.talentbench.store;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.Researcher;

/**
 * Child-process helper for the kill test: writes batches into an H2 file for ever, each batch one transaction of
 * {@link #BATCH} researchers, one output each and one audit record each, and prints {@code committed N} after batch N
 * has committed. With the argument {@code bulk} every batch is written inside {@link Database#bulk}.
 */
public final class WriterProcess {
    static final int BATCH = 40;

    private WriterProcess() {
    }

    public static void main(String[] args) {
        boolean bulk = args.length > 1 && args[1].equals("bulk");
        try (Database db = Database.open(DatabaseLocation.file(Path.of(args[0])))) {
            for (int batch = 1; ; batch++) {
                int b = batch;
                if (bulk) {
                    db.bulk(() -> {
                        write(db, b);
                        return null;
                    });
                } else {
                    write(db, b);
                }
                System.out.println("committed " + b);
                System.out.flush();
            }
        }
    }

    private static void write(Database db, int b) {
        db.dsl().transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            JooqRepositories repos = new JooqRepositories(tx);
            List<Researcher> people = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                people.add(StoreFixtures.researcher("B" + b + "-" + i, "批次" + b));
            }
            List<Researcher> stored = repos.researchers().insertAll(people);
            List<Output> outputs = new ArrayList<>();
            for (Researcher r : stored) {
                outputs.add(StoreFixtures.paper(r.id()));
                AuditChain.append(tx, LocalDateTime.of(2026, 5, 1, 12, 0), "writer", "researcher",
                        r.id().value(), "created", null, r.employeeNo());
            }
            repos.outputs().insertAll(outputs);
        });
    }
}
