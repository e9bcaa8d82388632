package io.openecma.testsupport;

import java.util.List;
import java.util.logging.Level;

import org.jboss.logmanager.Logger;

/**
 * The in-JVM broker and embedded PostgreSQL log a great deal at INFO; only warnings are worth a
 * line in a test run. Kafka and zonky log through SLF4J, which Quarkus (and this module) bind to
 * the JBoss LogManager; the loggers are held here because the log context keeps them only weakly.
 */
final class QuietLogging {

    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.apache.kafka"),
            Logger.getLogger("kafka"),
            Logger.getLogger("state.change.logger"),
            Logger.getLogger("io.zonky"),
            Logger.getLogger("org.testcontainers"),
            Logger.getLogger("com.github.dockerjava"));

    /** Logs a WARN on every first start of a broker ("metadata log appears to be empty"). */
    private static final Logger CONTROLLER = Logger.getLogger("org.apache.kafka.controller");

    private QuietLogging() {
    }

    static void apply() {
        if (Boolean.getBoolean("openecma.test.verbose")) {
            return;
        }
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        CONTROLLER.setLevel(Level.SEVERE);
    }
}
