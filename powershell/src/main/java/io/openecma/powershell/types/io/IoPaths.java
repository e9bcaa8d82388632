package io.openecma.powershell.types.io;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Path checks and errors shared by the System.IO types. Every path goes through the engine's
 * {@code FileSystemAccess} (path mapper, current location, roots), as the file cmdlets do: on a
 * confined host a relative path is relative to the engine's location, which is also what
 * [Environment]::CurrentDirectory reports. Messages are .NET Framework's (mscorlib resources).
 */
public final class IoPaths {
    private IoPaths() {
    }

    public static Path resolve(String path, String paramName) {
        if (path == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: " + paramName)
                    .withParamName(paramName);
        }
        if (path.isBlank()) {
            throw new PSRuntimeException("System.ArgumentException", path.isEmpty() ? "Empty path name is not legal."
                    : "The path is not of a legal form.");
        }
        if (path.indexOf('"') >= 0 || path.indexOf('<') >= 0 || path.indexOf('>') >= 0 || path.indexOf('|') >= 0
                || path.indexOf('\0') >= 0) {
            throw new PSRuntimeException("System.ArgumentException", "Illegal characters in path.");
        }
        return ExecutionContext.current().fileSystem().resolve(path);
    }

    /** Like {@link #resolve} but null when the path is unusable or outside the roots (the Exists methods never throw). */
    public static Path tryResolve(String path) {
        try {
            return path == null || path.isBlank() ? null : resolve(path, "path");
        } catch (PSRuntimeException e) {
            return null;
        }
    }

    public static PSRuntimeException fileNotFound(Path p) {
        return new PSRuntimeException("System.IO.FileNotFoundException", "Could not find file '" + p + "'.");
    }

    public static PSRuntimeException partNotFound(Path p) {
        return new PSRuntimeException("System.IO.DirectoryNotFoundException", "Could not find a part of the path '" + p + "'.");
    }

    public static PSRuntimeException accessDenied(Path p) {
        return new PSRuntimeException("System.UnauthorizedAccessException", "Access to the path '" + p + "' is denied.");
    }

    /** Fails the way .NET does when a file to open for reading is missing (or a directory). */
    public static void requireFile(Path p) {
        if (Files.isDirectory(p)) {
            throw accessDenied(p);
        }
        if (!Files.exists(p)) {
            throw p.getParent() != null && !Files.isDirectory(p.getParent()) ? partNotFound(p) : fileNotFound(p);
        }
    }

    /** Fails the way .NET does when a file to create is in a missing directory or is a directory. */
    public static void requireWritable(Path p) {
        if (Files.isDirectory(p)) {
            throw accessDenied(p);
        }
        if (p.getParent() != null && !Files.isDirectory(p.getParent())) {
            throw partNotFound(p);
        }
    }

    public static PSRuntimeException ioError(IOException e, Path p) {
        if (e instanceof NoSuchFileException) {
            return fileNotFound(p);
        }
        if (e instanceof AccessDeniedException) {
            return accessDenied(p);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return new PSRuntimeException("System.IO.IOException", "The directory is not empty.\r\n");
        }
        if (e instanceof FileAlreadyExistsException) {
            return new PSRuntimeException("System.IO.IOException", "The file '" + p + "' already exists.");
        }
        return new PSRuntimeException("System.IO.IOException", e.getMessage() == null ? e.toString() : e.getMessage());
    }
}
