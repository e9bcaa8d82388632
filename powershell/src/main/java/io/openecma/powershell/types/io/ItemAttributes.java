package io.openecma.powershell.types.io;

import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.FileAttributes;
import io.openecma.powershell.types.FlagsEnum;
import io.openecma.powershell.types.FlagsValue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.EnumSet;
import java.util.Set;

/**
 * System.IO.FileSystemInfo.Attributes on a POSIX file system, as Windows would report them.
 * Directory and ReparsePoint come from the item itself, ReadOnly from the owner's write bit (as .NET
 * on Unix maps it), and the bits POSIX has no place for (Hidden, System, Archive, ...) from an
 * extended attribute this engine writes. Until a script sets them, a file has Archive and a
 * directory nothing else, which is what a new item on NTFS has; with no bit at all, a file reports
 * Normal (.NET's FileSystemInfo.Attributes).
 */
public final class ItemAttributes {
    /** The user extended attribute holding the stored bits as decimal text. */
    static final String XATTR = "openecma.fileattributes";
    private static final long DERIVED = FileAttributes.Directory.bits() | FileAttributes.ReparsePoint.bits()
            | FileAttributes.ReadOnly.bits();

    private ItemAttributes() {
    }

    /** The attribute bits of an existing item. */
    public static long read(Path path) {
        boolean link = Files.isSymbolicLink(path);
        boolean directory = Files.isDirectory(path);
        Long stored = stored(path);
        long bits = stored != null ? stored : directory ? 0 : FileAttributes.Archive.bits();
        if (directory) {
            bits |= FileAttributes.Directory.bits();
        }
        if (link) {
            bits |= FileAttributes.ReparsePoint.bits();
        }
        if (!link && !ownerWritable(path)) {
            bits |= FileAttributes.ReadOnly.bits();
        }
        return bits == 0 ? FileAttributes.Normal.bits() : bits;
    }

    /** The attributes as a FileAttributes value (a constant or a combination). */
    public static Object value(Path path) {
        return FlagsValue.parse(FileAttributes.class, read(path));
    }

    /** Sets the attributes: a name list ("Hidden,ReadOnly"), a number or a FileAttributes value. */
    public static void write(Path path, Object value) {
        Object flags = FlagsValue.parse(FileAttributes.class, value);
        long bits = flags instanceof FlagsEnum e ? e.bits() : ((Number) flags).longValue();
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw IoPaths.fileNotFound(path);
        }
        setOwnerWritable(path, (bits & FileAttributes.ReadOnly.bits()) == 0);
        long kept = bits & ~DERIVED & ~FileAttributes.Normal.bits();
        try {
            UserDefinedFileAttributeView view = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
            if (view == null) {
                throw new IOException("extended attributes are not supported here");
            }
            view.write(XATTR, ByteBuffer.wrap(Long.toString(kept).getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException | UnsupportedOperationException e) {
            throw new PSRuntimeException("System.IO.IOException",
                    "The attributes of '" + path + "' cannot be stored: the file system does not support extended attributes ("
                            + e.getMessage() + ").", e);
        }
    }

    /** True when the item carries the Hidden bit. */
    public static boolean isHidden(Path path) {
        return (read(path) & FileAttributes.Hidden.bits()) != 0;
    }

    private static Long stored(Path path) {
        try {
            UserDefinedFileAttributeView view = Files.getFileAttributeView(path, UserDefinedFileAttributeView.class);
            if (view == null || !view.list().contains(XATTR)) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.allocate(view.size(XATTR));
            view.read(XATTR, buffer);
            return Long.parseLong(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip());
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return null;
        }
    }

    private static boolean ownerWritable(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return Files.isWritable(path);
        }
        try {
            return view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return true;
        }
    }

    /** ReadOnly on Unix: .NET clears (or restores) the write bits of owner, group and others. */
    private static void setOwnerWritable(Path path, boolean writable) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null || Files.isSymbolicLink(path)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            permissions.addAll(view.readAttributes().permissions());
            if (writable) {
                permissions.add(PosixFilePermission.OWNER_WRITE);
            } else {
                permissions.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE));
            }
            view.setPermissions(permissions);
        } catch (IOException e) {
            throw IoPaths.ioError(e, path);
        }
    }
}
