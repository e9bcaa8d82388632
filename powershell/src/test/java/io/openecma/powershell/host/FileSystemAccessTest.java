package io.openecma.powershell.host;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.runtime.PSRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSystemAccessTest {

    @TempDir
    Path base;

    @Test
    void aSymbolicLinkInsideARootCannotLeadOutside() throws IOException {
        Path root = Files.createDirectories(base.resolve("root"));
        Path outside = Files.createDirectories(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("file-link"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dangling"), outside.resolve("not-yet"));
        FileSystemAccess fs = new FileSystemAccess(List.of(root), root);

        assertEquals("System.UnauthorizedAccessException",
                assertThrows(PSRuntimeException.class, () -> fs.resolve("escape/secret.txt")).typeName());
        assertThrows(PSRuntimeException.class, () -> fs.resolve("file-link"));
        assertThrows(PSRuntimeException.class, () -> fs.resolve("dangling"));
        assertThrows(PSRuntimeException.class, () -> fs.resolve("escape/new-file.txt"));
        assertFalse(fs.isAllowed(root.resolve("escape")));
    }

    @Test
    void linksThatStayInsideTheRootsAndNewFilesAreAllowed() throws IOException {
        Path root = Files.createDirectories(base.resolve("root"));
        Path sub = Files.createDirectories(root.resolve("sub"));
        Files.createSymbolicLink(root.resolve("inner"), sub);
        FileSystemAccess fs = new FileSystemAccess(List.of(root), root);

        assertEquals(root.resolve("inner/x.txt").toAbsolutePath().normalize(), fs.resolve("inner/x.txt"));
        assertEquals(root.resolve("new/deeper/y.txt").toAbsolutePath().normalize(), fs.resolve("new\\deeper\\y.txt"));
    }

    @Test
    void driveLettersMapUnderTheFirstRootByDefault() throws IOException {
        Path root = Files.createDirectories(base.resolve("root"));
        FileSystemAccess fs = new FileSystemAccess(List.of(root), root);
        assertEquals(root.resolve("logs/a.log").toAbsolutePath().normalize(), fs.resolve("C:\\logs\\a.log"));
    }

    @Test
    void aHostPathMapperReplacesTheDefaultAndStaysConfined() throws IOException {
        Path data = Files.createDirectories(base.resolve("data"));
        Path drives = Files.createDirectories(base.resolve("drives"));
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults()
                .withFileSystemRoots(List.of(data, drives), data)
                .withPathMapper(p -> {
                    if (p.startsWith("\\\\")) {
                        throw new IllegalArgumentException("network paths are refused");
                    }
                    if (p.toUpperCase().startsWith("C:\\MADATA\\")) {
                        return data.resolve(p.substring("C:\\MAData\\".length())).toString();
                    }
                    if (p.toUpperCase().startsWith("C:\\")) {
                        return drives.resolve("c").resolve(p.substring(3).replace('\\', '/')).toString();
                    }
                    return p;
                }));
        Files.createDirectories(drives.resolve("c"));
        ScriptResult r = engine.execute(ScriptSource.of("m.ps1", String.join("\n",
                "Set-Content -Path 'C:\\MAData\\note.txt' -Value 'hello'",
                "Add-Content -Path 'C:\\run.log' -Value 'line'",
                "Test-Path 'C:\\MAData\\note.txt'",
                "Get-Content -Path '\\\\server\\share\\x.txt' -ErrorAction Stop")), Map.of());

        assertEquals("hello", Files.readString(data.resolve("note.txt")).trim());
        assertEquals("line", Files.readString(drives.resolve("c/run.log")).trim());
        assertEquals(List.of(true), r.output());
        assertTrue(r.terminatingError().orElseThrow().message().contains("network paths are refused"),
                r.terminatingError().get().message());
    }
}
