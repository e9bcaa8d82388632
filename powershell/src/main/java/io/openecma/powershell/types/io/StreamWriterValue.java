package io.openecma.powershell.types.io;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.Operators;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.EncodingValue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * System.IO.StreamWriter over a file: UTF-8 without a byte order mark by default; a given encoding
 * writes its preamble unless appending to a file that has content. Text is buffered until Flush,
 * Close or Dispose (or every write with AutoFlush), as in .NET, where an unclosed writer loses
 * what it buffered.
 */
public final class StreamWriterValue {
    private final Path path;
    private final EncodingValue encoding;
    private final StringBuilder buffer = new StringBuilder();
    private OutputStream out;
    private boolean autoFlush;
    private String newLine = "\r\n";

    public StreamWriterValue(String path) {
        this(path, false, null);
    }

    public StreamWriterValue(String path, boolean append) {
        this(path, append, null);
    }

    public StreamWriterValue(String path, boolean append, EncodingValue encoding) {
        this.path = IoPaths.resolve(path, "path");
        IoPaths.requireWritable(this.path);
        this.encoding = encoding == null ? EncodingValue.utf8(false) : encoding;
        try {
            boolean hasContent = append && Files.exists(this.path) && Files.size(this.path) > 0;
            out = append ? Files.newOutputStream(this.path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(this.path);
            if (!hasContent) {
                out.write(this.encoding.preamble());
            }
        } catch (IOException e) {
            throw IoPaths.ioError(e, this.path);
        }
    }

    public EncodingValue getEncoding() {
        return encoding;
    }

    public boolean getAutoFlush() {
        return autoFlush;
    }

    public void setAutoFlush(boolean value) {
        autoFlush = value;
        if (value) {
            Flush();
        }
    }

    public String getNewLine() {
        return newLine;
    }

    public void setNewLine(String value) {
        newLine = value == null ? "\r\n" : value;
    }

    public void Write(Object value) {
        append(value instanceof Object[] chars && isChars(chars) ? charsText(chars) : LanguagePrimitives.toStringValue(value));
    }

    public void Write(String format, Object... args) {
        append(Operators.format(format, flatten(args)));
    }

    public void WriteLine() {
        append(newLine);
    }

    public void WriteLine(Object value) {
        Write(value);
        append(newLine);
    }

    public void WriteLine(String format, Object... args) {
        append(Operators.format(format, flatten(args)) + newLine);
    }

    public void Flush() {
        open();
        try {
            out.write(buffer.toString().getBytes(encoding.charset()));
            out.flush();
            buffer.setLength(0);
        } catch (IOException e) {
            throw IoPaths.ioError(e, path);
        }
    }

    public void Close() {
        if (out == null) {
            return;
        }
        Flush();
        try {
            out.close();
        } catch (IOException e) {
            throw IoPaths.ioError(e, path);
        } finally {
            out = null;
        }
    }

    public void Dispose() {
        Close();
    }

    private void append(String s) {
        open();
        buffer.append(s);
        if (autoFlush) {
            Flush();
        }
    }

    private void open() {
        if (out == null) {
            throw new PSRuntimeException("System.ObjectDisposedException", "Cannot write to a closed TextWriter.");
        }
    }

    private static boolean isChars(Object[] items) {
        return items.length > 0 && Arrays.stream(items).allMatch(i -> i instanceof Character);
    }

    private static String charsText(Object[] chars) {
        StringBuilder sb = new StringBuilder();
        for (Object c : chars) {
            sb.append((char) (Character) c);
        }
        return sb.toString();
    }

    private static List<Object> flatten(Object[] args) {
        return args.length == 1 && args[0] instanceof Object[] inner ? Arrays.asList(inner) : new ArrayList<>(Arrays.asList(args));
    }

    @Override
    public String toString() {
        return "System.IO.StreamWriter";
    }
}
