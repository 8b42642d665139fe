package org.talentbench.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.util.Map;

/**
 * The application's logging, set up in code rather than from a {@code logback.xml}: reading the XML cost the start
 * of the app about 600 classes (an XML parser, JNDI, Joran's rule engine) before the window could show
 * (docs/decisions/0097). A rolling log in the data directory ({@code talentbench.logdir}, set by {@link LogSetup});
 * stack traces go there, never to the user. Found by Logback through {@code META-INF/services}; it steps aside for
 * an explicit {@code -Dlogback.configurationFile} and for the tests' {@code logback-test.xml}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n";
    /** Loggers quieter than the root's INFO. */
    static final Map<String, Level> LEVELS = Map.of(
            "org.jooq.Constants", Level.OFF,
            // PDFBox notes on every read of the bundled Noto Sans SC that it skips the variation-selector cmap
            "org.apache.fontbox.ttf.CmapSubtable", Level.ERROR,
            "org.flywaydb", Level.WARN,
            "org.jooq", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String dir = System.getProperty("talentbench.logdir");
        configureInto(context, dir != null ? dir : AppPaths.logDirectory().toString());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The rolling file in {@code dir} and the levels; package-private for the test, which has its own XML. */
    void configureInto(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/talentbench.log");
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/talentbench.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
