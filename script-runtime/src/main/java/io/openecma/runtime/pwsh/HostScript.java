package io.openecma.runtime.pwsh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The host script and the C# source of the ECMA2 types, copied once per JVM from the class path
 * into a private temporary folder, since pwsh runs a script from a file. Neither holds secrets.
 */
final class HostScript {

    static final String SCRIPT = "openecma-host.ps1";
    static final String TYPES = "MetadirectoryServices.cs";

    private static Path path;

    private HostScript() {
    }

    static synchronized Path path() {
        if (path == null || !Files.isRegularFile(path)) {
            try {
                Path dir = Files.createTempDirectory("openecma-pwsh-host");
                // Deleted at exit in reverse order of registration: the files, then the folder.
                dir.toFile().deleteOnExit();
                copy(SCRIPT, dir);
                copy(TYPES, dir);
                path = dir.resolve(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the pwsh host script to a temporary folder: " + e.getMessage(), e);
            }
        }
        return path;
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = HostScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing from the class path");
            }
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            dir.resolve(name).toFile().deleteOnExit();
        }
    }
}
