package io.openecma.powershell.types.io;

import io.openecma.powershell.runtime.ExecutionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** System.IO.DirectoryInfo. */
public final class DirectoryInfoValue extends FileSystemInfoValue {

    public DirectoryInfoValue(String path) {
        super(path);
    }

    /** An item a cmdlet has already resolved within the file-system roots. */
    public static DirectoryInfoValue ofResolved(java.nio.file.Path resolved) {
        return new DirectoryInfoValue(resolved);
    }

    private DirectoryInfoValue(java.nio.file.Path resolved) {
        super(resolved);
    }

    @Override
    public boolean getExists() {
        return Files.isDirectory(path);
    }

    /** Null at a root, and above the engine's file-system roots (which scripts cannot reach). */
    public DirectoryInfoValue getParent() {
        Path parent = path.getParent();
        return parent == null || !ExecutionContext.current().fileSystem().isAllowed(parent) ? null
                : new DirectoryInfoValue(parent.toString());
    }

    public void Create() {
        DirectoryStatics.CreateDirectory(path.toString());
    }

    public DirectoryInfoValue CreateSubdirectory(String path) {
        return DirectoryStatics.CreateDirectory(DirectoryStatics.join(this.path.toString(), path));
    }

    public void Delete() {
        DirectoryStatics.Delete(path.toString(), false);
    }

    public void Delete(boolean recursive) {
        DirectoryStatics.Delete(path.toString(), recursive);
    }

    public FileInfoValue[] GetFiles() {
        return GetFiles("*");
    }

    public FileInfoValue[] GetFiles(String searchPattern) {
        return GetFiles(searchPattern, DirectoryStatics.SearchOption.TopDirectoryOnly);
    }

    public FileInfoValue[] GetFiles(String searchPattern, DirectoryStatics.SearchOption option) {
        return DirectoryStatics.list(path.toString(), searchPattern, option, true, false).stream()
                .map(FileInfoValue::new).toArray(FileInfoValue[]::new);
    }

    public DirectoryInfoValue[] GetDirectories() {
        return GetDirectories("*");
    }

    public DirectoryInfoValue[] GetDirectories(String searchPattern) {
        return DirectoryStatics.list(path.toString(), searchPattern, DirectoryStatics.SearchOption.TopDirectoryOnly, false, true)
                .stream().map(DirectoryInfoValue::new).toArray(DirectoryInfoValue[]::new);
    }

    public List<FileInfoValue> EnumerateFiles() {
        return List.of(GetFiles());
    }

    public List<FileInfoValue> EnumerateFiles(String searchPattern) {
        return List.of(GetFiles(searchPattern));
    }
}
