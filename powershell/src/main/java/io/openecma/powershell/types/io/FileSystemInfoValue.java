package io.openecma.powershell.types.io;

import io.openecma.powershell.dotnet.DotNetDateTime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** What System.IO.FileInfo and DirectoryInfo share: names, existence and times of a resolved path. */
public abstract class FileSystemInfoValue {
    final String originalPath;
    final Path path;

    FileSystemInfoValue(String originalPath) {
        this.originalPath = originalPath;
        this.path = IoPaths.resolve(originalPath, originalPath == null ? "fileName" : "path");
    }

    public String getFullName() {
        return path.toString();
    }

    public String getName() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    public String getExtension() {
        String name = getName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    public abstract boolean getExists();

    public DotNetDateTime getCreationTime() {
        return time(attributes() == null ? null : attributes().creationTime());
    }

    public DotNetDateTime getLastWriteTime() {
        return time(attributes() == null ? null : attributes().lastModifiedTime());
    }

    public DotNetDateTime getLastAccessTime() {
        return time(attributes() == null ? null : attributes().lastAccessTime());
    }

    // FileSystemInfo's *Utc properties: the same instants, DateTimeKind.Utc
    public DotNetDateTime getCreationTimeUtc() {
        return utc(attributes() == null ? null : attributes().creationTime());
    }

    public DotNetDateTime getLastWriteTimeUtc() {
        return utc(attributes() == null ? null : attributes().lastModifiedTime());
    }

    public DotNetDateTime getLastAccessTimeUtc() {
        return utc(attributes() == null ? null : attributes().lastAccessTime());
    }

    /** Cached state is not kept, so Refresh has nothing to do. */
    public void Refresh() {
    }

    BasicFileAttributes attributes() {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** A missing item reports 1601-01-01 00:00 UTC in local time, as .NET does. */
    private static DotNetDateTime utc(FileTime t) {
        java.time.Instant instant = t == null ? java.time.Instant.parse("1601-01-01T00:00:00Z") : t.toInstant();
        return new DotNetDateTime(LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC), DotNetDateTime.Kind.UTC);
    }

    private static DotNetDateTime time(FileTime t) {
        java.time.Instant instant = t == null ? java.time.Instant.parse("1601-01-01T00:00:00Z") : t.toInstant();
        return new DotNetDateTime(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()), DotNetDateTime.Kind.LOCAL);
    }

    /** .NET's ToString is the path as it was given. */
    @Override
    public String toString() {
        return originalPath;
    }
}
