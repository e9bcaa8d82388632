package io.openecma.powershell.types.io;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Statics of [System.IO.Directory]. Listing methods return paths built from the path as given
 * (as .NET does), in NTFS order (case-insensitive by name).
 */
public final class DirectoryStatics {
    private DirectoryStatics() {
    }

    /** System.IO.SearchOption. */
    public enum SearchOption { TopDirectoryOnly, AllDirectories }

    public static boolean Exists(String path) {
        Path p = IoPaths.tryResolve(path);
        return p != null && Files.isDirectory(p);
    }

    public static DirectoryInfoValue CreateDirectory(String path) {
        Path p = IoPaths.resolve(path, "path");
        if (Files.isRegularFile(p)) {
            throw new PSRuntimeException("System.IO.IOException", "Cannot create \"" + p + "\" because a file or directory "
                    + "with the same name already exists.");
        }
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw IoPaths.ioError(e, p);
        }
        return new DirectoryInfoValue(path);
    }

    public static String[] GetFiles(String path) {
        return list(path, "*", SearchOption.TopDirectoryOnly, true, false).toArray(new String[0]);
    }

    public static String[] GetFiles(String path, String searchPattern) {
        return list(path, searchPattern, SearchOption.TopDirectoryOnly, true, false).toArray(new String[0]);
    }

    public static String[] GetFiles(String path, String searchPattern, SearchOption option) {
        return list(path, searchPattern, option, true, false).toArray(new String[0]);
    }

    public static String[] GetDirectories(String path) {
        return list(path, "*", SearchOption.TopDirectoryOnly, false, true).toArray(new String[0]);
    }

    public static String[] GetDirectories(String path, String searchPattern) {
        return list(path, searchPattern, SearchOption.TopDirectoryOnly, false, true).toArray(new String[0]);
    }

    public static String[] GetDirectories(String path, String searchPattern, SearchOption option) {
        return list(path, searchPattern, option, false, true).toArray(new String[0]);
    }

    public static String[] GetFileSystemEntries(String path) {
        return list(path, "*", SearchOption.TopDirectoryOnly, true, true).toArray(new String[0]);
    }

    public static String[] GetFileSystemEntries(String path, String searchPattern) {
        return list(path, searchPattern, SearchOption.TopDirectoryOnly, true, true).toArray(new String[0]);
    }

    /** Lazy in .NET; listed at once here (the pipeline still sees one path at a time). */
    public static List<String> EnumerateFiles(String path) {
        return list(path, "*", SearchOption.TopDirectoryOnly, true, false);
    }

    public static List<String> EnumerateFiles(String path, String searchPattern) {
        return list(path, searchPattern, SearchOption.TopDirectoryOnly, true, false);
    }

    public static List<String> EnumerateFiles(String path, String searchPattern, SearchOption option) {
        return list(path, searchPattern, option, true, false);
    }

    public static List<String> EnumerateDirectories(String path) {
        return list(path, "*", SearchOption.TopDirectoryOnly, false, true);
    }

    public static List<String> EnumerateDirectories(String path, String searchPattern) {
        return list(path, searchPattern, SearchOption.TopDirectoryOnly, false, true);
    }

    public static void Delete(String path) {
        Delete(path, false);
    }

    public static void Delete(String path, boolean recursive) {
        Path p = IoPaths.resolve(path, "path");
        if (!Files.isDirectory(p)) {
            throw Files.isRegularFile(p) ? new PSRuntimeException("System.IO.IOException", "The directory name is invalid.\r\n")
                    : IoPaths.partNotFound(p);
        }
        try {
            if (recursive) {
                try (Stream<Path> all = Files.walk(p)) {
                    for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(x);
                    }
                }
            } else {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw IoPaths.ioError(e, p);
        }
    }

    public static void Move(String sourceDirName, String destDirName) {
        Path from = IoPaths.resolve(sourceDirName, "sourceDirName");
        Path to = IoPaths.resolve(destDirName, "destDirName");
        if (!Files.exists(from)) {
            throw IoPaths.partNotFound(from);
        }
        if (Files.exists(to)) {
            throw new PSRuntimeException("System.IO.IOException", "Cannot create a file when that file already exists.\r\n");
        }
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw IoPaths.ioError(e, to);
        }
    }

    public static String GetCurrentDirectory() {
        return io.openecma.powershell.runtime.ExecutionContext.current().fileSystem().currentLocation().toString();
    }

    static List<String> list(String path, String searchPattern, SearchOption option, boolean files, boolean directories) {
        Path dir = IoPaths.resolve(path, "path");
        SearchPattern pattern = SearchPattern.of(searchPattern);
        if (!Files.isDirectory(dir)) {
            throw Files.isRegularFile(dir) ? new PSRuntimeException("System.IO.IOException", "The directory name is invalid.\r\n")
                    : IoPaths.partNotFound(dir);
        }
        List<String> out = new ArrayList<>();
        collect(dir, path, pattern, option == SearchOption.AllDirectories, files, directories, out);
        return out;
    }

    private static void collect(Path dir, String shown, SearchPattern pattern, boolean deep, boolean files, boolean directories,
                                List<String> out) {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted(Comparator.comparing(c -> c.getFileName().toString(), String.CASE_INSENSITIVE_ORDER)).toList();
        } catch (IOException e) {
            throw IoPaths.ioError(e, dir);
        }
        List<Path> subdirectories = new ArrayList<>();
        for (Path c : children) {
            String name = c.getFileName().toString();
            boolean isDir = Files.isDirectory(c);
            if ((isDir ? directories : files) && pattern.matches(name)) {
                out.add(join(shown, name));
            }
            if (isDir && deep) {
                subdirectories.add(c);
            }
        }
        for (Path d : subdirectories) {
            collect(d, join(shown, d.getFileName().toString()), pattern, true, files, directories, out);
        }
    }

    /** Path.Combine of the path as given and a child name. */
    static String join(String parent, String name) {
        if (parent.isEmpty()) {
            return name;
        }
        char last = parent.charAt(parent.length() - 1);
        return last == '\\' || last == '/' || last == ':' ? parent + name : parent + "\\" + name;
    }
}
