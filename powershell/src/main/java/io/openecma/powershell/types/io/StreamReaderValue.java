package io.openecma.powershell.types.io;

import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.EncodingValue;

/**
 * System.IO.StreamReader over a file. The file is read when the reader is opened (a connector's
 * input file is read once, page by page, by ReadLine); decoding follows .NET: a byte order mark
 * wins when detection is on (the default), else the given encoding, else UTF-8.
 */
public final class StreamReaderValue {
    private final String text;
    private final EncodingValue encoding;
    private int pos;
    private boolean closed;

    public StreamReaderValue(String path) {
        this(path, null, true);
    }

    /** {@code New-Object IO.StreamReader $path, 'UTF8'} lands here in 5.1 too: a non-empty string is $true. */
    public StreamReaderValue(String path, boolean detectEncodingFromByteOrderMarks) {
        this(path, null, detectEncodingFromByteOrderMarks);
    }

    public StreamReaderValue(String path, EncodingValue encoding) {
        this(path, encoding, true);
    }

    public StreamReaderValue(String path, EncodingValue encoding, boolean detectEncodingFromByteOrderMarks) {
        byte[] bytes = FileStatics.ReadAllBytes(path);
        this.encoding = detectEncodingFromByteOrderMarks ? TextCodec.detect(bytes, encoding)
                : encoding == null ? EncodingValue.utf8(false) : encoding;
        this.text = TextCodec.decode(bytes, this.encoding, detectEncodingFromByteOrderMarks);
    }

    public EncodingValue getCurrentEncoding() {
        return encoding;
    }

    public boolean getEndOfStream() {
        open();
        return pos >= text.length();
    }

    /** The next line without its line break (\r\n, \n or \r), or $null at the end. */
    public String ReadLine() {
        open();
        if (pos >= text.length()) {
            return null;
        }
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\r' || c == '\n') {
                String line = text.substring(start, pos);
                pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
                return line;
            }
            pos++;
        }
        return text.substring(start);
    }

    public String ReadToEnd() {
        open();
        String rest = text.substring(pos);
        pos = text.length();
        return rest;
    }

    /** The next character as an int, or -1 at the end. */
    public int Read() {
        open();
        return pos < text.length() ? text.charAt(pos++) : -1;
    }

    public int Peek() {
        open();
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    public void Close() {
        closed = true;
    }

    public void Dispose() {
        closed = true;
    }

    private void open() {
        if (closed) {
            throw new PSRuntimeException("System.ObjectDisposedException", "Cannot read from a closed TextReader.");
        }
    }

    @Override
    public String toString() {
        return "System.IO.StreamReader";
    }
}
