package io.openecma.powershell.types.io;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.EncodingValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Statics of [System.IO.File]. Text is read as UTF-8 unless a byte order mark says otherwise, and
 * written as UTF-8 without a byte order mark unless an encoding is given (which then writes its
 * preamble), as in .NET Framework 4.x.
 */
public final class FileStatics {
    private FileStatics() {
    }

    public static boolean Exists(String path) {
        Path p = IoPaths.tryResolve(path);
        return p != null && Files.isRegularFile(p);
    }

    public static String ReadAllText(String path) {
        return ReadAllText(path, null);
    }

    public static String ReadAllText(String path, EncodingValue encoding) {
        io.openecma.powershell.runtime.limits.MemoryBudget.file(IoPaths.resolve(path, "path"), true);
        return TextCodec.decode(readBytes(path), encoding, true);
    }

    public static String[] ReadAllLines(String path) {
        return ReadAllLines(path, null);
    }

    public static String[] ReadAllLines(String path, EncodingValue encoding) {
        return TextCodec.lines(ReadAllText(path, encoding)).toArray(new String[0]);
    }

    /** ReadLines is lazy in .NET; the lines of a file are read at once here. */
    public static java.util.List<String> ReadLines(String path) {
        return TextCodec.lines(ReadAllText(path, null));
    }

    public static byte[] ReadAllBytes(String path) {
        return readBytes(path);
    }

    private static byte[] readBytes(String path) {
        Path p = IoPaths.resolve(path, "path");
        IoPaths.requireFile(p);
        io.openecma.powershell.runtime.limits.MemoryBudget.file(p, false);
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw IoPaths.ioError(e, p);
        }
    }

    public static void WriteAllText(String path, String contents) {
        write(path, text(contents, null), false);
    }

    public static void WriteAllText(String path, String contents, EncodingValue encoding) {
        write(path, text(contents, encoding), false);
    }

    public static void WriteAllLines(String path, Object contents) {
        WriteAllLines(path, contents, null);
    }

    public static void WriteAllLines(String path, Object contents, EncodingValue encoding) {
        if (LanguagePrimitives.unwrapNull(contents) == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: contents")
                    .withParamName("contents");
        }
        write(path, text(joinLines(contents), encoding), false);
    }

    public static void AppendAllText(String path, String contents) {
        append(path, contents, null);
    }

    public static void AppendAllText(String path, String contents, EncodingValue encoding) {
        append(path, contents, encoding);
    }

    public static void AppendAllLines(String path, Object contents) {
        append(path, joinLines(contents), null);
    }

    public static void AppendAllLines(String path, Object contents, EncodingValue encoding) {
        append(path, joinLines(contents), encoding);
    }

    public static void WriteAllBytes(String path, Object bytes) {
        if (LanguagePrimitives.unwrapNull(bytes) == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: bytes")
                    .withParamName("bytes");
        }
        write(path, EncodingValue.bytes(bytes), false);
    }

    /** No error when the file does not exist; the directory it is in must. */
    public static void Delete(String path) {
        Path p = IoPaths.resolve(path, "path");
        if (Files.isDirectory(p)) {
            throw IoPaths.accessDenied(p);
        }
        if (p.getParent() != null && !Files.isDirectory(p.getParent())) {
            throw IoPaths.partNotFound(p);
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw IoPaths.ioError(e, p);
        }
    }

    public static void Copy(String sourceFileName, String destFileName) {
        Copy(sourceFileName, destFileName, false);
    }

    public static void Copy(String sourceFileName, String destFileName, boolean overwrite) {
        Path from = IoPaths.resolve(sourceFileName, "sourceFileName");
        Path to = IoPaths.resolve(destFileName, "destFileName");
        IoPaths.requireFile(from);
        IoPaths.requireWritable(to);
        if (Files.exists(to) && !overwrite) {
            throw new PSRuntimeException("System.IO.IOException", "The file '" + to + "' already exists.");
        }
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw IoPaths.ioError(e, to);
        }
    }

    public static void Move(String sourceFileName, String destFileName) {
        Path from = IoPaths.resolve(sourceFileName, "sourceFileName");
        Path to = IoPaths.resolve(destFileName, "destFileName");
        if (!Files.isRegularFile(from)) {
            throw IoPaths.fileNotFound(from);
        }
        IoPaths.requireWritable(to);
        if (Files.exists(to)) {
            throw new PSRuntimeException("System.IO.IOException", "Cannot create a file when that file already exists.\r\n");
        }
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw IoPaths.ioError(e, to);
        }
    }

    public static StreamReaderValue OpenText(String path) {
        return new StreamReaderValue(path);
    }

    public static StreamWriterValue CreateText(String path) {
        return new StreamWriterValue(path, false);
    }

    public static StreamWriterValue AppendText(String path) {
        return new StreamWriterValue(path, true);
    }

    static String joinLines(Object contents) {
        StringBuilder sb = new StringBuilder();
        for (Object line : LanguagePrimitives.toList(LanguagePrimitives.unwrapNull(contents))) {
            sb.append(LanguagePrimitives.toStringValue(line)).append("\r\n");
        }
        return sb.toString();
    }

    /** The bytes File.WriteAllText writes: the encoding's preamble (if one is given) and the text. */
    private static byte[] text(String contents, EncodingValue encoding) {
        EncodingValue e = encoding == null ? EncodingValue.utf8(false) : encoding;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(e.preamble());
        out.writeBytes((contents == null ? "" : contents).getBytes(e.charset()));
        return out.toByteArray();
    }

    /** Appending writes no preamble to a file that already has content (StreamWriter with append). */
    private static void append(String path, String contents, EncodingValue encoding) {
        Path p = IoPaths.resolve(path, "path");
        boolean fresh = !Files.exists(p) || sizeOf(p) == 0;
        EncodingValue e = encoding == null ? EncodingValue.utf8(false) : encoding;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (fresh) {
            out.writeBytes(e.preamble());
        }
        out.writeBytes((contents == null ? "" : contents).getBytes(e.charset()));
        write(path, out.toByteArray(), true);
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void write(String path, byte[] bytes, boolean append) {
        Path p = IoPaths.resolve(path, "path");
        IoPaths.requireWritable(p);
        try {
            if (append) {
                Files.write(p, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(p, bytes);
            }
        } catch (IOException e) {
            throw IoPaths.ioError(e, p);
        }
    }
}
