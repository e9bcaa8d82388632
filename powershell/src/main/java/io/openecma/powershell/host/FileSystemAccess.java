package io.openecma.powershell.host;

import io.openecma.powershell.runtime.PSRuntimeException;

import java.nio.file.Path;
import java.util.List;

/**
 * The only path from a script to the file system. Every path a cmdlet touches is resolved here:
 * relative paths against the current location, then checked to lie under a configured root.
 */
public final class FileSystemAccess {

    private final List<Path> roots;
    private Path currentLocation;

    public FileSystemAccess(List<Path> roots, Path workingDirectory) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Path start = workingDirectory != null ? workingDirectory
                : (this.roots.isEmpty() ? Path.of("").toAbsolutePath() : this.roots.get(0));
        this.currentLocation = start.toAbsolutePath().normalize();
    }

    public Path currentLocation() {
        return currentLocation;
    }

    public void setCurrentLocation(String path) {
        currentLocation = resolve(path);
    }

    /** Resolves a script path; throws UnauthorizedAccessException when it falls outside every root. */
    public Path resolve(String path) {
        String p = path.replace('\\', '/');
        Path base = currentLocation;
        if (p.length() >= 3 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':' && p.charAt(2) == '/' && !roots.isEmpty()) {
            // A Windows drive path (C:\x) stands for the same path under the first root: scripts written
            // for ECMA2Host keep working, and still cannot leave the roots.
            base = roots.get(0);
            p = p.substring(3);
        }
        Path resolved = base.resolve(p).toAbsolutePath().normalize();
        if (!isAllowed(resolved)) {
            throw new PSRuntimeException("UnauthorizedAccessException",
                    "Access to the path '" + path + "' is denied: it is outside the allowed file-system roots.");
        }
        return resolved;
    }

    public boolean isAllowed(Path absolute) {
        Path n = absolute.toAbsolutePath().normalize();
        return roots.stream().anyMatch(n::startsWith);
    }

    public List<Path> roots() {
        return roots;
    }
}
