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

    /** For an item a cmdlet already resolved and checked (Get-Item, Get-ChildItem): no second resolution. */
    FileSystemInfoValue(Path resolved) {
        this.originalPath = resolved.toString();
        this.path = resolved;
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

    /** FileAttributes; a missing item reports -1 (all bits), as .NET Framework's FileSystemInfo does. */
    public Object getAttributes() {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new io.openecma.powershell.types.FlagsValue(io.openecma.powershell.types.FileAttributes.class, -1);
        }
        return ItemAttributes.value(path);
    }

    /**
     * PowerShell's Mode code property (types.ps1xml, FileSystemProvider.Mode) in 5.1's six letters:
     * d(irectory) a(rchive) r(ead-only) h(idden) s(ystem) l (reparse point).
     */
    public String getMode() {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        long bits = ItemAttributes.read(path);
        return ModeLetters.of(bits);
    }

    public void setAttributes(Object value) {
        ItemAttributes.write(path, value);
    }

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

    // The setters change the item's own time stamps (FileSystemInfo.LastWriteTime etc. are settable);
    // Test-Path -OlderThan and Get-ChildItem then see the new times.
    public void setLastWriteTime(DotNetDateTime value) {
        setTime("lastModifiedTime", value);
    }

    public void setLastWriteTimeUtc(DotNetDateTime value) {
        setTime("lastModifiedTime", value);
    }

    public void setLastAccessTime(DotNetDateTime value) {
        setTime("lastAccessTime", value);
    }

    public void setLastAccessTimeUtc(DotNetDateTime value) {
        setTime("lastAccessTime", value);
    }

    /** POSIX file systems may keep no creation time; the JDK then ignores the change, as the platform does. */
    public void setCreationTime(DotNetDateTime value) {
        setTime("creationTime", value);
    }

    public void setCreationTimeUtc(DotNetDateTime value) {
        setTime("creationTime", value);
    }

    private void setTime(String attribute, DotNetDateTime value) {
        try {
            Files.setAttribute(path, "basic:" + attribute, FileTime.from(value.toInstant(ZoneId.systemDefault())));
        } catch (IOException e) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.IO.IOException", e.getMessage(), e);
        }
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
