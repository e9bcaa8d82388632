package io.openecma.powershell.host;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The only path from a script to the file system. Every path a cmdlet touches is resolved here:
 * mapped by the host's path mapper, made absolute against the current location, then checked to
 * lie under a configured root, with symbolic links followed (a link inside a root cannot lead out).
 */
public final class FileSystemAccess {

    private final List<Path> roots;
    private final List<Path> realRoots;
    private final UnaryOperator<String> pathMapper;
    private Path currentLocation;
    private final SessionLocations locations = new SessionLocations();
    private final DriveTable drives = new DriveTable();

    public FileSystemAccess(List<Path> roots, Path workingDirectory) {
        this(roots, workingDirectory, null);
    }

    /** {@code pathMapper} null means {@link #drivePathsUnderFirstRoot(List)}. */
    public FileSystemAccess(List<Path> roots, Path workingDirectory, UnaryOperator<String> pathMapper) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.realRoots = this.roots.stream().map(r -> java.util.Objects.requireNonNullElse(realPath(r), r)).toList();
        this.pathMapper = pathMapper != null ? pathMapper : drivePathsUnderFirstRoot(this.roots);
        Path start = workingDirectory != null ? workingDirectory
                : (this.roots.isEmpty() ? Path.of("").toAbsolutePath() : this.roots.get(0));
        this.currentLocation = start.toAbsolutePath().normalize();
    }

    /**
     * The default mapper: a Windows drive path ({@code C:\x}) stands for the same path under the first
     * root, so scripts written for ECMA2Host keep working and still cannot leave the roots.
     */
    public static UnaryOperator<String> drivePathsUnderFirstRoot(List<Path> roots) {
        return path -> {
            String p = path.replace('\\', '/');
            if (p.length() >= 3 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':' && p.charAt(2) == '/'
                    && !roots.isEmpty()) {
                return roots.get(0).toAbsolutePath().normalize().resolve(p.substring(3)).toString();
            }
            return path;
        };
    }

    /** Provider locations and the location stacks of this session. */
    public SessionLocations locations() {
        return locations;
    }

    /** The PowerShell drives of this session (New-PSDrive, the host's own drives). */
    public DriveTable drives() {
        return drives;
    }

    /** A script path as the host's path mapper gives it (before the current location and roots apply). */
    public String mapped(String path) {
        try {
            String onDrive = drives.map(onCurrentDrive(path));
            String m = pathMapper.apply(onDrive);
            return m == null ? onDrive : m;
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    public Path currentLocation() {
        return currentLocation;
    }

    public void setCurrentLocation(String path) {
        currentLocation = resolve(path);
    }

    /** Resolves a script path; throws UnauthorizedAccessException when it falls outside every root. */
    public Path resolve(String path) {
        String mapped;
        try {
            mapped = pathMapper.apply(drives.map(onCurrentDrive(path)));
        } catch (IllegalArgumentException e) {
            throw new PSRuntimeException("UnauthorizedAccessException",
                    "Access to the path '" + path + "' is denied: " + e.getMessage());
        }
        String p = mapped == null ? drives.map(onCurrentDrive(path)) : mapped;
        if (!Path.of("").getFileSystem().getSeparator().equals("\\")) {
            p = p.replace('\\', '/');
        }
        Path resolved = currentLocation.resolve(p).toAbsolutePath().normalize();
        if (!isAllowed(resolved)) {
            throw new PSRuntimeException("UnauthorizedAccessException",
                    "Access to the path '" + path + "' is denied: it is outside the allowed file-system roots.");
        }
        return resolved;
    }

    /**
     * {@code Name:} and {@code Name:rest} (no separator after the colon) on the drive the location is
     * on mean the current location and a path relative to it, as in 5.1; other paths unchanged.
     */
    private String onCurrentDrive(String path) {
        String drive = locations.fileSystemDrive();
        int colon = path.indexOf(':');
        if (drive == null || colon != drive.length() || !path.regionMatches(true, 0, drive, 0, colon)) {
            return path;
        }
        String rest = path.substring(colon + 1);
        DriveTable.Drive d = drives.get(drive);
        if (rest.startsWith("\\") || rest.startsWith("/") || d == null || !d.isFileSystem()
                || !currentLocation.startsWith(Path.of(d.root()).toAbsolutePath().normalize())) {
            return path;
        }
        return rest.isEmpty() ? currentLocation.toString() : currentLocation.resolve(rest.replace('\\', '/')).toString();
    }

    /** Whether the path, with every symbolic link on it followed, lies under a root. */
    public boolean isAllowed(Path absolute) {
        Path n = absolute.toAbsolutePath().normalize();
        if (roots.stream().noneMatch(n::startsWith)) {
            return false;
        }
        Path real = realPath(n);
        return real != null && realRoots.stream().anyMatch(real::startsWith);
    }

    public List<Path> roots() {
        return roots;
    }

    /**
     * The real path of the longest existing prefix (links followed) with the rest appended; a
     * dangling link is followed by its text. Null when it cannot be worked out (then refused).
     */
    private static Path realPath(Path absolute) {
        return realPath(absolute, 0);
    }

    private static Path realPath(Path absolute, int depth) {
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        Path rest = existing.relativize(absolute);
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            if (depth < 40 && Files.isSymbolicLink(existing)) {
                try {
                    Path target = existing.resolveSibling(Files.readSymbolicLink(existing)).normalize();
                    Path real = realPath(target, depth + 1);
                    return real == null ? null : real.resolve(rest).normalize();
                } catch (IOException unreadable) {
                    return null;
                }
            }
            return null;
        }
    }
}
