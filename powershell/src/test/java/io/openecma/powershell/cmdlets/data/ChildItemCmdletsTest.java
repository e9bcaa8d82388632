package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.runtime.PSObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildItemCmdletsTest {
    @TempDir
    Path root;

    @BeforeEach
    void tree() throws Exception {
        Files.createDirectories(root.resolve("b-dir/inner"));
        Files.createDirectories(root.resolve("a-dir"));
        Files.writeString(root.resolve("z.csv"), "z");
        Files.writeString(root.resolve("c.txt"), "c");
        Files.writeString(root.resolve("b-dir/x.csv"), "x");
        Files.writeString(root.resolve("b-dir/inner/y.csv"), "y");
    }

    private static List<Object> names(List<Object> items) {
        return items.stream().map(o -> o instanceof PSObject p ? p.get("Name") : o).toList();
    }

    @Test
    void listsDirectoriesFirstThenFiles() {
        assertEquals(List.of("a-dir", "b-dir", "c.txt", "z.csv"),
                names(CmdletRun.of("Get-ChildItem", root).with("Path", root.toString()).run().output));
        assertEquals(List.of("c.txt", "z.csv"), names(CmdletRun.of("Get-ChildItem", root).with("File", true).run().output));
        assertEquals(List.of("a-dir", "b-dir"),
                names(CmdletRun.of("Get-ChildItem", root).with("Directory", true).run().output));
    }

    @Test
    void filterRecurseAndName() {
        assertEquals(List.of("z.csv"), names(CmdletRun.of("Get-ChildItem", root).with("Filter", "*.csv").run().output));
        assertEquals(List.of("z.csv", "b-dir\\x.csv", "b-dir\\inner\\y.csv"), CmdletRun.of("Get-ChildItem", root)
                .with("Filter", "*.csv").with("Recurse", true).with("Name", true).run().output);
        assertEquals(List.of("x.csv", "y.csv"), names(CmdletRun.of("Get-ChildItem", root).with("Path", "b-dir")
                .with("Recurse", true).with("File", true).run().output));
        assertEquals(1, CmdletRun.of("Get-ChildItem", root).with("Path", "missing").run().errors.size());
    }

    @Test
    void copyAndMove() throws Exception {
        CmdletRun.of("Copy-Item", root).with("Path", "c.txt").with("Destination", "c2.txt").run();
        assertEquals("c", Files.readString(root.resolve("c2.txt")));
        CmdletRun.of("Copy-Item", root).with("Path", "*.csv").with("Destination", "a-dir").run();
        assertTrue(Files.exists(root.resolve("a-dir/z.csv")));
        assertEquals(1, CmdletRun.of("Copy-Item", root).with("Path", "c.txt").with("Destination", "c2.txt").run()
                .errors.size());
        CmdletRun.of("Copy-Item", root).with("Path", "b-dir").with("Destination", "copy").with("Recurse", true).run();
        assertEquals("y", Files.readString(root.resolve("copy/inner/y.csv")));
        CmdletRun.of("Move-Item", root).with("Path", "c2.txt").with("Destination", "moved.txt").run();
        assertFalse(Files.exists(root.resolve("c2.txt")));
        assertEquals("c", Files.readString(root.resolve("moved.txt")));
    }
}
