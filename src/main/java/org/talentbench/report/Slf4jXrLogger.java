package org.talentbench.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J instead of java.util.logging's console handler. Its INFO messages (one per
 * font loaded, per page laid out) go to DEBUG: they are noise in the application log.
 */
final class Slf4jXrLogger implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, msg, th);
        } else if (v >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, msg, th);
        } else {
            LOG.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are configured in service.LogConfigurator
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int v = diagnostic.getLevel().intValue();
        return v >= Level.WARNING.intValue() ? LOG.isWarnEnabled() : LOG.isDebugEnabled();
    }
}
