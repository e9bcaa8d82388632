package io.openecma.runtime.pwsh;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The stand-in's System.IO.StreamWriter: UTF-8 without a byte order mark, as .NET's default. */
public final class StandInStreamWriter {

    private final Writer writer;
    private boolean autoFlush;

    public StandInStreamWriter(OutputStream stream) {
        this.writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    public boolean getAutoFlush() {
        return autoFlush;
    }

    public void setAutoFlush(boolean autoFlush) {
        this.autoFlush = autoFlush;
    }

    public void WriteLine(String line) {
        try {
            writer.write(line == null ? "" : line);
            writer.write('\n');
            if (autoFlush) {
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void Flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
