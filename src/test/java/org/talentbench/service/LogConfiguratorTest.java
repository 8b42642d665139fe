package org.talentbench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log as the application writes it: a file in the data directory, quiet libraries, found by Logback. */
class LogConfiguratorTest {
    @TempDir
    Path dir;

    @Test
    void logbackFindsTheConfiguratorThroughItsServiceFile() {
        assertTrue(ServiceLoader.load(Configurator.class).stream()
                .anyMatch(p -> p.type() == LogConfigurator.class));
    }

    @Test
    void theAppLogGoesToTalentbenchLogInTheDataDirectoryWithLibrariesQuieter() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as Logback's provider does
        try {
            new LogConfigurator().configureInto(context, dir.toString());
            context.getLogger("org.talentbench.Example").info("opened {}", "演示.mv.db");
            context.getLogger("org.jooq.impl.Example").info("a jOOQ note nobody needs");
            context.getLogger("org.jooq.impl.Example").warn("a jOOQ warning");

            String log = Files.readString(dir.resolve("talentbench.log"));
            assertTrue(log.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\[[^]]+\\] INFO  "
                    + "org\\.talentbench\\.Example - opened 演示\\.mv\\.db\\R.*"), log);
            assertFalse(log.contains("nobody needs"), log);
            assertTrue(log.contains("WARN  org.jooq.impl.Example - a jOOQ warning"), log);
            assertEquals(Level.OFF, context.getLogger("org.jooq.Constants").getEffectiveLevel());
        } finally {
            context.stop();
        }
    }

    @Test
    void itStepsAsideForTheTestsOwnXml() {
        LoggerContext context = new LoggerContext();
        LogConfigurator c = new LogConfigurator();
        c.setContext(context);
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, c.configure(context),
                "logback-test.xml is on the test class path");
        context.stop();
    }
}
