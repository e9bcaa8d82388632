package io.openecma.powershell.cmdlets.modules;

import io.openecma.powershell.host.FileSystemAccess;
import io.openecma.powershell.types.VersionValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds a module's file as 5.1's ModuleCmdletBase does: a name with a path is resolved as a path,
 * a bare name is looked for in each folder of $env:PSModulePath (NAME\NAME.psd1, .psm1, .dll,
 * then NAME\VERSION\NAME.psd1 with the highest version first).
 */
final class ModulePathSearch {
    private static final String[] EXTENSIONS = {".psd1", ".psm1", ".ps1", ".dll"};

    private final FileSystemAccess files;
    private final String modulePath;

    ModulePathSearch(FileSystemAccess files, String modulePath) {
        this.files = files;
        this.modulePath = modulePath == null ? "" : modulePath;
    }

    static boolean looksLikePath(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return name.contains("/") || name.contains("\\") || name.contains(":")
                || Stream.of(EXTENSIONS).anyMatch(n::endsWith);
    }

    /** The module file for a path (a file, or a module folder), or null. */
    Path resolvePath(String name) {
        Path p;
        try {
            p = files.resolve(name);
        } catch (RuntimeException e) {
            return null;
        }
        if (Files.isRegularFile(p)) {
            return p;
        }
        return Files.isDirectory(p) ? inModuleFolder(p, p.getFileName().toString()) : null;
    }

    /** Every candidate file for a bare name on PSModulePath, in search order (highest version first in a folder). */
    List<Path> candidates(String name) {
        List<Path> found = new ArrayList<>();
        for (Path dir : moduleDirectories()) {
            Path base = caseInsensitiveFolder(dir, name);
            if (base != null) {
                Path direct = directFile(base, name);
                if (direct != null) {
                    found.add(direct);
                }
                for (Path v : versionFolders(base)) {
                    Path f = directFile(v, name);
                    if (f != null) {
                        found.add(f);
                    }
                }
            }
        }
        return found;
    }

    /** The folders of $env:PSModulePath that exist and may be read. */
    List<Path> moduleDirectories() {
        List<Path> dirs = new ArrayList<>();
        for (String entry : modulePath.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                Path p = files.resolve(entry.trim());
                if (Files.isDirectory(p)) {
                    dirs.add(p);
                }
            } catch (RuntimeException e) {
                // outside the roots: not searched
            }
        }
        return dirs;
    }

    /**
     * Every module file a path names for Get-Module -ListAvailable: the file itself, or a module folder's
     * own file and one per version folder; a wildcard in the last segment names every matching folder.
     */
    List<Path> allAt(String pathText) {
        List<Path> found = new ArrayList<>();
        String normal = pathText.replace('\\', '/');
        int slash = normal.lastIndexOf('/');
        String leaf = normal.substring(slash + 1);
        List<Path> targets = new ArrayList<>();
        try {
            if (io.openecma.powershell.dotnet.Wildcard.containsWildcard(leaf) && slash > 0) {
                Path parent = files.resolve(normal.substring(0, slash));
                io.openecma.powershell.dotnet.Wildcard w = io.openecma.powershell.dotnet.Wildcard.compile(leaf, false);
                try (java.util.stream.Stream<Path> s = Files.list(parent)) {
                    s.filter(p -> w.matches(p.getFileName().toString())).sorted().forEach(targets::add);
                }
            } else {
                targets.add(files.resolve(normal));
            }
        } catch (RuntimeException | java.io.IOException e) {
            return found;
        }
        for (Path p : targets) {
            if (Files.isRegularFile(p)) {
                found.add(p);
            } else if (Files.isDirectory(p)) {
                String name = p.getFileName().toString();
                Path direct = directFile(p, name);
                if (direct != null) {
                    found.add(direct);
                }
                for (Path v : versionFolders(p)) {
                    Path f = directFile(v, name);
                    if (f != null) {
                        found.add(f);
                    }
                }
            }
        }
        return found;
    }

    private static Path inModuleFolder(Path folder, String name) {
        Path direct = directFile(folder, name);
        if (direct != null) {
            return direct;
        }
        for (Path v : versionFolders(folder)) {
            Path f = directFile(v, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Path directFile(Path folder, String name) {
        for (String ext : new String[] {".psd1", ".psm1", ".dll"}) {
            Path f = caseInsensitiveChild(folder, name + ext);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** A module folder found as Windows finds it: the name matches whatever its case (Import-Module.Tests.ps1). */
    static Path caseInsensitiveFolder(Path parent, String leaf) {
        Path exact = parent.resolve(leaf);
        if (Files.isDirectory(exact)) {
            return exact;
        }
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().equalsIgnoreCase(leaf) && Files.isDirectory(p)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static Path caseInsensitiveChild(Path folder, String leaf) {
        Path exact = folder.resolve(leaf);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().equalsIgnoreCase(leaf) && Files.isRegularFile(p)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Sub-folders named as a version, highest first. */
    static List<Path> versionFolders(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isDirectory).filter(p -> parseVersion(p.getFileName().toString()) != null)
                    .sorted(Comparator.comparing((Path p) -> parseVersion(p.getFileName().toString())).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static VersionValue parseVersion(String text) {
        if (!text.matches("\\d+(\\.\\d+){1,3}")) {
            return null;
        }
        try {
            return VersionValue.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
