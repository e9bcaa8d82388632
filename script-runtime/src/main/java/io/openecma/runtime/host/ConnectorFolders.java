package io.openecma.runtime.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The folders one connector's scripts own under a base folder: {@code MAData} (ECMA2Host's data
 * folder, {@code [MAUtils]::MAFolder}), {@code ECMA} (ECMA2Host's {@code Service\ECMA} folder, where
 * scripts keep files such as {@code Schema.xml}, with its {@code Cache}), {@code Temp} ({@code $env:TEMP}
 * and the machine TEMP) and {@code drives/<letter>} where other Windows paths land. Scripts reach
 * nothing else; the base folder itself is the host's (it keeps the last schema there).
 */
public record ConnectorFolders(Path base, Path dataDir, Path tempDir, Path drivesDir) {

    public static ConnectorFolders under(Path base) {
        Path b = base.toAbsolutePath().normalize();
        ConnectorFolders folders = new ConnectorFolders(b, b.resolve("MAData"), b.resolve("Temp"), b.resolve("drives"));
        try {
            Files.createDirectories(folders.dataDir);
            Files.createDirectories(folders.tempDir);
            Files.createDirectories(folders.cacheDir());
            // C:\ exists on every Windows host, so scripts may write C:\x.log without creating the drive.
            Files.createDirectories(folders.drivesDir.resolve("c"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the connector folders under " + b + ": " + e.getMessage(), e);
        }
        return folders;
    }

    /** ECMA2Host's {@code C:\Program Files\Microsoft ECMA2Host\Service\ECMA} folder. */
    public Path ecmaDir() {
        return base.resolve("ECMA");
    }

    /** ECMA2Host's {@code ECMA\Cache} folder. */
    public Path cacheDir() {
        return ecmaDir().resolve("Cache");
    }

    /** The engine's file-system roots. */
    public List<Path> roots() {
        return List.of(dataDir, tempDir, drivesDir, ecmaDir());
    }

    /** Writes a file (the common module) into the data and temp folders, as ECMA2Host extracts it to both. */
    public void writeModule(String fileName, String text) {
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")) {
            throw new IllegalArgumentException("The common module name must be a plain file name, not '" + fileName + "'.");
        }
        try {
            // UTF-8 with BOM: what Windows PowerShell 5.1 reads as UTF-8 without guessing.
            byte[] body = ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(dataDir.resolve(fileName), body);
            Files.write(tempDir.resolve(fileName), body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the common module " + fileName + ": " + e.getMessage(), e);
        }
    }
}
