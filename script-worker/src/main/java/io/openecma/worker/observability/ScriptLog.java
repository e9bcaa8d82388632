package io.openecma.worker.observability;

import io.openecma.runtime.ScriptStreams;
import org.jboss.logging.Logger;

/**
 * The scripts' streams in the worker's log at their level: verbose and debug at DEBUG,
 * information and host output at INFO, warnings at WARN, non-terminating errors at ERROR. The
 * MDC (connector, correlation id, anchor) is the calling thread's.
 */
public final class ScriptLog implements ScriptStreams {

    private static final Logger LOG = Logger.getLogger("io.openecma.worker.script");

    private final String connector;

    public ScriptLog(String connector) {
        this.connector = connector;
    }

    @Override
    public void write(String scriptName, String stream, String text) {
        Logger.Level level = switch (stream) {
            case "verbose", "debug" -> Logger.Level.DEBUG;
            case "warning" -> Logger.Level.WARN;
            case "error" -> Logger.Level.ERROR;
            default -> Logger.Level.INFO;
        };
        LOG.logf(level, "[%s %s %s] %s", connector, scriptName, stream, text);
    }
}
