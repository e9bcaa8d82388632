package io.openecma.powershell.runtime.trace;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A TextWriterTraceListener on a file that Trace-Command / Set-TraceSource opened for appending
 * (TraceListenerCommandBase: FileMode.Append, UTF-8 without a byte order mark, CRLF line ends as
 * on Windows). Named after the -FilePath text, so -RemoveFileListener can match it.
 */
public final class FileTraceListener extends TraceListener {
    private final Writer writer;

    public FileTraceListener(String name, Path file) throws IOException {
        super(name);
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    @Override
    protected void writeLine(String line) {
        try {
            writer.write(line);
            writer.write("\r\n");
        } catch (IOException e) {
            // Tracing never fails the traced command (PSHostTraceListener and TextWriterTraceListener swallow errors).
        }
    }

    @Override
    protected void eventWritten() {
        flush();
    }

    @Override
    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            // See writeLine.
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            // See writeLine.
        }
    }

    @Override
    public String toString() {
        return "System.Diagnostics.TextWriterTraceListener";
    }
}
