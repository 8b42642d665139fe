package org.talentbench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.talentbench.store.Database;
import org.talentbench.store.DatabaseLocation;

/**
 * The child process of {@link ImportCrashTest}: imports files into an H2 file and reports on stdout how far the
 * commit got, so that the parent can kill it mid-commit. Arguments: {@code hold|run DB FILE...}. With {@code hold}
 * it stops inside the transaction after the first batch and waits to be killed.
 */
public final class ImportCrashChild {
    private ImportCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        boolean hold = args[0].equals("hold");
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        try (Database db = Database.open(DatabaseLocation.file(Path.of(args[1])), false)) {
            ImportService service = new ImportService(db);
            ImportPlan plan = service.preview(files, ImportOptions.defaults());
            if (plan.hasErrors()) {
                System.out.println("ERRORS " + plan.errors());
                System.exit(3);
            }
            System.out.println("PREVIEWED " + plan.rowCount());
            service.commit(plan, ImportDecisions.proposed(), new ImportService.Progress() {
                private int updates;

                @Override
                public void update(double fraction) {
                    System.out.println("PROGRESS " + ++updates + " " + fraction);
                    System.out.flush();
                    if (hold) {
                        try {
                            Thread.sleep(600_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            });
            System.out.println("COMMITTED");
            System.out.flush();
        }
    }
}
