package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.openecma.powershell.runtime.PSRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathCmdletsTest {
    @TempDir
    Path root;

    private List<Object> joinPath(String path, String child) {
        return CmdletRun.of("Join-Path", root).with("Path", path).with("ChildPath", child).run().output;
    }

    @Test
    void joinPathUsesBackslashLikeWindows() {
        assertEquals(List.of("folder\\file.txt"), joinPath("folder", "file.txt"));
        assertEquals(List.of("a\\b"), joinPath("a\\", "\\b"));
        assertEquals(List.of("C:\\x"), joinPath("C:\\", "x"));
        assertEquals(List.of("a\\b", "c\\b"), CmdletRun.of("Join-Path", root).with("Path", new String[] {"a", "c"})
                .with("ChildPath", "b").run().output);
    }

    /** A host path (Linux roots, $TestDrive, FullName) keeps "/" so it still equals the item's FullName. */
    @Test
    void joinPathKeepsTheHostSeparatorOfAHostPath() {
        assertEquals(List.of("/tmp/data/f.csv"), joinPath("/tmp/data/", "f.csv"));
        assertEquals(List.of("/tmp/data/sub/f.csv"), joinPath("/tmp/data", "sub\\f.csv"));
    }

    @Test
    void joinPathResolve() throws Exception {
        Files.writeString(root.resolve("f.txt"), "x");
        assertEquals(List.of(root.resolve("f.txt").toString()), CmdletRun.of("Join-Path", root)
                .with("Path", root.toString()).with("ChildPath", "f.txt").with("Resolve", true).run().output);
        CmdletRun missing = CmdletRun.of("Join-Path", root).with("Path", root.toString()).with("ChildPath", "no.txt")
                .with("Resolve", true).run();
        assertEquals(List.of(), missing.output);
        assertEquals(1, missing.errors.size());
    }

    private Object split(String path, String option) {
        CmdletRun run = CmdletRun.of("Split-Path", root).with("Path", path);
        if (option != null) {
            run.with(option, true);
        }
        return run.run().single();
    }

    @Test
    void splitPath() {
        assertEquals("C:\\data", split("C:\\data\\file.txt", null));
        assertEquals("C:\\", split("C:\\data", null));
        assertEquals("", split("file.txt", null));
        assertEquals("a", split("a\\b\\", null));
        assertEquals("\\tmp", split("/tmp/x.csv", "Parent"));
        assertEquals("file.txt", split("C:\\data\\file.txt", "Leaf"));
        assertEquals("x.csv", split("/tmp/x.csv", "Leaf"));
        assertEquals("C:", split("C:\\data\\file.txt", "Qualifier"));
        assertEquals("\\data\\file.txt", split("C:\\data\\file.txt", "NoQualifier"));
        assertEquals(true, split("C:\\data", "IsAbsolute"));
        assertEquals(true, split("/tmp", "IsAbsolute"));
        assertEquals(false, split("data\\x", "IsAbsolute"));
    }

    private Object testPath(String path, String type) {
        CmdletRun run = CmdletRun.of("Test-Path", root).with("Path", path);
        if (type != null) {
            run.with("PathType", type);
        }
        return run.run().single();
    }

    @Test
    void testPathOnRealFiles() throws Exception {
        Path file = Files.writeString(root.resolve("present.txt"), "x");
        Files.createDirectory(root.resolve("sub"));
        assertEquals(true, testPath(file.toString(), null));
        assertEquals(true, testPath("present.txt", "Leaf"));
        assertEquals(false, testPath("present.txt", "Container"));
        assertEquals(true, testPath(root.toString(), "Container"));
        assertEquals(true, testPath("sub", "Any"));
        assertEquals(false, testPath("absent.txt", null));
        assertEquals(true, testPath("pres*.txt", null));
        assertEquals(false, testPath("nothing*.txt", null));
        assertEquals(true, testPath(root.toString().replace('/', '\\') + "\\present.txt", null));
    }

    @Test
    void testPathOfVariablesAndEnvironment() {
        assertEquals(true, CmdletRun.of("Test-Path", root).variable("global:ImportRows", null)
                .with("Path", "variable:global:ImportRows").run().single());
        assertEquals(false, CmdletRun.of("Test-Path", root).with("Path", "variable:global:ImportRows").run().single());
        assertEquals(true, CmdletRun.of("Test-Path", root).variable("env:TEMP", "/tmp").with("Path", "env:TEMP").run()
                .single());
        assertEquals(false, CmdletRun.of("Test-Path", root).with("Path", "env:NOPE").run().single());
    }

    @Test
    void testPathOutsideTheRootsIsFalse() {
        assertEquals(false, testPath("/etc/passwd", null));
        assertEquals(false, testPath("../../../../etc", null));
    }

    @Test
    void testPathRejectsEmptyAndUnknownTypes() {
        PSRuntimeException empty = assertThrows(PSRuntimeException.class, () -> testPath("", null));
        assertEquals("Cannot bind argument to parameter 'Path' because it is an empty string.", empty.getMessage());
        assertThrows(PSRuntimeException.class, () -> testPath("x", "File"));
    }
}
