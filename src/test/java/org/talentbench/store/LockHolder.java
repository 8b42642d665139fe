package org.talentbench.store;

import java.sql.Connection;
import java.sql.DriverManager;

/** Child-process helper: holds an H2 file open like another TalentBench window would, until killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0], "sa", "")) {
            c.createStatement().execute("SELECT 1");
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
