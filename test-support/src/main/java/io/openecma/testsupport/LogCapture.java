package io.openecma.testsupport;

import org.jboss.logmanager.ExtLogRecord;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Every log line the application writes while installed on the root logger, as
 * {@code LEVEL logger message}, followed by the causes and the MDC when there are any.
 */
public final class LogCapture extends Handler {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture install() {
        LogCapture capture = new LogCapture();
        java.util.logging.Logger.getLogger("").addHandler(capture);
        return capture;
    }

    public void uninstall() {
        java.util.logging.Logger.getLogger("").removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        String text = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " " + text);
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(" | ").append(t);
        }
        if (record instanceof ExtLogRecord ext && ext.getMdcCopy() != null) {
            line.append(" mdc=").append(ext.getMdcCopy());
        }
        lines.add(line.toString());
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
