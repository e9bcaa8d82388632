package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.io.DirectoryInfoValue;
import io.openecma.powershell.types.io.FileInfoValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file or directory as Get-Item / New-Item return it: an object with the System.IO.FileInfo /
 * DirectoryInfo properties scripts read (Name, FullName, Extension, BaseName, Length, ...).
 */
final class FileItems {
    private FileItems() {
    }

    static PSObject of(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.exists(path) ? Files.readAttributes(path, BasicFileAttributes.class)
                    : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new PSRuntimeException("System.IO.IOException", e.getMessage(), e);
        }
        boolean directory = attributes.isDirectory();
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = directory || dot < 0 ? "" : name.substring(dot);
        // The .NET object underneath carries Attributes (settable), Mode and the live members.
        PSObject o = new PSObject(directory ? DirectoryInfoValue.ofResolved(path) : FileInfoValue.ofResolved(path));
        o.typeNames().clear();
        o.typeNames().add(directory ? "System.IO.DirectoryInfo" : "System.IO.FileInfo");
        o.typeNames().add("System.IO.FileSystemInfo");
        o.typeNames().add("System.MarshalByRefObject");
        o.typeNames().add("System.Object");
        o.addNoteProperty("PSPath", "Microsoft.PowerShell.Core\\FileSystem::" + path);
        o.addNoteProperty("PSChildName", name);
        o.addNoteProperty("PSIsContainer", directory);
        String linkType = LinkItems.linkType(path);
        boolean symbolic = "SymbolicLink".equals(linkType);
        o.addNoteProperty("Name", name);
        o.addNoteProperty("FullName", path.toString());
        o.addNoteProperty("Extension", extension);
        o.addNoteProperty("BaseName", directory || dot < 0 ? name : name.substring(0, dot));
        o.addNoteProperty("Exists", true);
        o.addNoteProperty("LinkType", linkType);
        o.addNoteProperty("Target", symbolic ? LinkItems.target(path) : null);
        if (directory) {
            o.addNoteProperty("Parent", path.getParent() == null ? null : path.getParent().getFileName() == null
                    ? path.getParent().toString() : path.getParent().getFileName().toString());
            o.addNoteProperty("Root", path.getRoot() == null ? null : path.getRoot().toString());
        } else {
            o.addNoteProperty("Length", attributes.size());
            o.addNoteProperty("DirectoryName", path.getParent() == null ? null : path.getParent().toString());
        }
        // CreationTime, LastWriteTime, LastAccessTime and their *Utc forms come from the FileInfo /
        // DirectoryInfo underneath, so setting them ($item.LastWriteTime = ...) changes the file.
        return o;
    }
}
