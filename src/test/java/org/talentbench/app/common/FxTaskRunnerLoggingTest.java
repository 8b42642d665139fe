package org.talentbench.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.InvalidInputException;

/** A wrong password is not a fault: the log says so in one line, and keeps stack traces for real failures. */
class FxTaskRunnerLoggingTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(FxTaskRunner.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level before;

    @BeforeEach
    void attach() {
        before = logger.getLevel();
        logger.setLevel(Level.INFO);
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(events);
        logger.setLevel(before);
    }

    @Test
    void aRefusedPasswordIsOneInfoLineWithoutAStackTrace() {
        FxTaskRunner.logFailure("Checking the password…", new UserFacingException("error.auth.failed", true, null));
        assertEquals(1, events.list.size());
        ILoggingEvent e = events.list.get(0);
        assertEquals(Level.INFO, e.getLevel());
        assertNull(e.getThrowableProxy());
    }

    @Test
    void aRuleBrokenByInputIsARefusalToo() {
        FxTaskRunner.logFailure("Saving", new InvalidInputException("profile.birthDate.future"));
        assertEquals(Level.INFO, events.list.get(0).getLevel());
    }

    @Test
    void aFaultKeepsItsStackTraceAtWarn() {
        FxTaskRunner.logFailure("Reading", new IllegalStateException("broken"));
        FxTaskRunner.logFailure("Opening", new UserFacingException("error.db.locked", false, null, "x"));
        assertEquals(2, events.list.size());
        for (ILoggingEvent e : events.list) {
            assertEquals(Level.WARN, e.getLevel());
            assertNotNull(e.getThrowableProxy());
        }
    }
}
