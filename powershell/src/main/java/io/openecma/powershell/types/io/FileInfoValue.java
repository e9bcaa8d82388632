package io.openecma.powershell.types.io;


import io.openecma.powershell.types.FileAttributes;

import java.io.IOException;
import java.nio.file.Files;

/** System.IO.FileInfo. */
public final class FileInfoValue extends FileSystemInfoValue {

    public FileInfoValue(String fileName) {
        super(fileName);
    }

    /** An item a cmdlet has already resolved within the file-system roots. */
    public static FileInfoValue ofResolved(java.nio.file.Path resolved) {
        return new FileInfoValue(resolved);
    }

    private FileInfoValue(java.nio.file.Path resolved) {
        super(resolved);
    }

    @Override
    public boolean getExists() {
        return Files.isRegularFile(path);
    }

    /** The PowerShell type data's BaseName: the name without its extension. */
    public String getBaseName() {
        String name = getName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    public long getLength() {
        if (!getExists()) {
            throw IoPaths.fileNotFound(path);
        }
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw IoPaths.ioError(e, path);
        }
    }

    public String getDirectoryName() {
        return path.getParent() == null ? null : path.getParent().toString();
    }

    public DirectoryInfoValue getDirectory() {
        return path.getParent() == null ? null : new DirectoryInfoValue(path.getParent().toString());
    }

    public boolean getIsReadOnly() {
        if (!getExists()) {
            return true;
        }
        return (ItemAttributes.read(path) & FileAttributes.ReadOnly.bits()) != 0;
    }

    /** FileInfo.IsReadOnly's setter adds or removes the ReadOnly attribute and keeps the others. */
    public void setIsReadOnly(boolean readOnly) {
        long bits = ItemAttributes.read(path) & ~FileAttributes.Normal.bits();
        ItemAttributes.write(path, readOnly ? bits | FileAttributes.ReadOnly.bits() : bits & ~FileAttributes.ReadOnly.bits());
    }

    public void Delete() {
        FileStatics.Delete(path.toString());
    }

    public FileInfoValue CopyTo(String destFileName) {
        return CopyTo(destFileName, false);
    }

    public FileInfoValue CopyTo(String destFileName, boolean overwrite) {
        FileStatics.Copy(path.toString(), destFileName, overwrite);
        return new FileInfoValue(destFileName);
    }

    public void MoveTo(String destFileName) {
        FileStatics.Move(path.toString(), destFileName);
    }

    public StreamReaderValue OpenText() {
        return new StreamReaderValue(path.toString());
    }

    public StreamWriterValue CreateText() {
        return new StreamWriterValue(path.toString(), false);
    }

    public StreamWriterValue AppendText() {
        return new StreamWriterValue(path.toString(), true);
    }

}
