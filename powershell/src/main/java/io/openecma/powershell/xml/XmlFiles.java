package io.openecma.powershell.xml;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** XmlDocument.Load/Save's file access, through the engine's confined file system. */
final class XmlFiles {
    private XmlFiles() {
    }

    static Path resolve(String filename) {
        if (filename == null || filename.isEmpty()) {
            throw new PSRuntimeException("System.ArgumentException", "The path is not of a legal form.");
        }
        return ExecutionContext.current().fileSystem().resolve(filename);
    }

    static byte[] read(String filename) {
        Path p = resolve(filename);
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw Files.isDirectory(p.getParent() == null ? p : p.getParent())
                    ? new PSRuntimeException("System.IO.FileNotFoundException", "Could not find file '" + p + "'.")
                    : new PSRuntimeException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '" + p + "'.");
        } catch (IOException e) {
            throw new PSRuntimeException("System.IO.IOException", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Writes the text in the declaration's encoding (UTF-8 with a byte order mark when it names
     * utf-8, as .NET's Encoding.UTF8), or UTF-8 without one when there is no declared encoding.
     */
    static void write(String filename, String text, String encodingName) {
        Path p = resolve(filename);
        Charset cs;
        try {
            cs = encodingName == null || encodingName.isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(encodingName);
        } catch (RuntimeException e) {
            throw new PSRuntimeException("System.ArgumentException",
                    "'" + encodingName + "' is not a supported encoding name.");
        }
        byte[] body = text.getBytes(cs);
        boolean bom = cs.equals(StandardCharsets.UTF_8) && encodingName != null && !encodingName.isEmpty();
        try {
            if (p.getParent() != null && !Files.isDirectory(p.getParent())) {
                throw new PSRuntimeException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '" + p + "'.");
            }
            try (var out = Files.newOutputStream(p)) {
                if (bom) {
                    out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                }
                out.write(body);
            }
        } catch (IOException e) {
            throw new PSRuntimeException("System.IO.IOException", String.valueOf(e.getMessage()));
        }
    }
}
