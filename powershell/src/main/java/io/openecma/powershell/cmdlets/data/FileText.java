package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.PSRuntimeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing text files the way the 5.1 content cmdlets do (CRLF line ends). */
final class FileText {
    static final String NEWLINE = "\r\n";

    private FileText() {
    }

    static String read(Path file, FileEncodings assumed) {
        io.openecma.powershell.runtime.limits.MemoryBudget.file(file, true);
        try {
            return FileEncodings.decode(Files.readAllBytes(file), assumed);
        } catch (IOException e) {
            throw ioError(e, file);
        }
    }

    /** Lines split on CRLF, LF or CR; a final line end does not make an empty last line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** Writes or appends text; appending to a file with a BOM keeps that file's encoding. */
    static void write(Path file, String text, FileEncodings encoding, boolean append) {
        try {
            boolean appending = append && Files.exists(file) && Files.size(file) > 0;
            FileEncodings effective = encoding;
            if (appending) {
                FileEncodings existing = FileEncodings.detect(Files.readAllBytes(file));
                if (existing != null) {
                    effective = existing;
                }
            }
            byte[] bytes = effective.encode(text, appending);
            if (append) {
                Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw ioError(e, file);
        }
    }

    static void writeBytes(Path file, byte[] bytes, boolean append) {
        try {
            if (append) {
                Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw ioError(e, file);
        }
    }

    static PSRuntimeException ioError(IOException e, Path file) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new PSRuntimeException("System.IO.DirectoryNotFoundException",
                    "Could not find a part of the path '" + file + "'.", e);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new PSRuntimeException("System.UnauthorizedAccessException",
                    "Access to the path '" + file + "' is denied.", e);
        }
        return new PSRuntimeException("System.IO.IOException", e.getMessage(), e);
    }
}
