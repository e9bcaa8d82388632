package io.openecma.powershell.types.io;


import java.io.IOException;
import java.nio.file.Files;

/** System.IO.FileInfo. */
public final class FileInfoValue extends FileSystemInfoValue {

    public FileInfoValue(String fileName) {
        super(fileName);
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
        return !Files.isWritable(path);
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
