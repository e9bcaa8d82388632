package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.dotnet.DotNetDateTime;
import io.openecma.powershell.runtime.PSObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemCmdletsTest {
    @TempDir
    Path root;

    @Test
    void getItemOfAFile() throws Exception {
        Files.writeString(root.resolve("oe-conf-item.txt"), "x\r\n");
        PSObject item = (PSObject) CmdletRun.of("Get-Item", root).with("Path", "oe-conf-item.txt").run().single();
        assertEquals("oe-conf-item.txt", item.get("Name"));
        assertEquals(".txt", item.get("Extension"));
        assertEquals("oe-conf-item", item.get("BaseName"));
        assertEquals(root.resolve("oe-conf-item.txt").toString(), item.get("FullName"));
        assertEquals(3L, item.get("Length"));
        assertEquals(false, item.get("PSIsContainer"));
        assertEquals(root.toString(), item.get("DirectoryName"));
        // the times are the FileInfo's own (settable) properties, not note properties
        assertTrue(((io.openecma.powershell.types.io.FileSystemInfoValue) item.baseObject()).getLastWriteTime()
                instanceof DotNetDateTime);
        assertEquals("System.IO.FileInfo", item.typeNames().get(0));
    }

    @Test
    void getItemOfADirectoryAndWildcards() throws Exception {
        Files.createDirectory(root.resolve("data"));
        Files.writeString(root.resolve("data/a.csv"), "");
        Files.writeString(root.resolve("data/b.csv"), "");
        PSObject dir = (PSObject) CmdletRun.of("Get-Item", root).with("Path", "data").run().single();
        assertEquals(true, dir.get("PSIsContainer"));
        assertEquals("", dir.get("Extension"));
        assertEquals("System.IO.DirectoryInfo", dir.typeNames().get(0));
        List<Object> csvs = CmdletRun.of("Get-Item", root).with("Path", "data\\*.csv").run().output;
        assertEquals(List.of("a.csv", "b.csv"), csvs.stream().map(o -> ((PSObject) o).get("Name")).toList());
    }

    @Test
    void getItemOfAMissingPath() {
        CmdletRun run = CmdletRun.of("Get-Item", root).with("Path", "nope.txt").run();
        assertEquals(List.of(), run.output);
        assertEquals(List.of("PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand"), run.errorIds);
    }

    @Test
    void newItemFilesAndDirectories() throws Exception {
        PSObject file = (PSObject) CmdletRun.of("New-Item", root).with("Path", "n.txt").with("ItemType", "File")
                .with("Value", "hello").run().single();
        assertEquals("n.txt", file.get("Name"));
        assertEquals("hello", Files.readString(root.resolve("n.txt")));
        CmdletRun again = CmdletRun.of("New-Item", root).with("Path", "n.txt").with("ItemType", "File").run();
        assertEquals(1, again.errors.size());
        CmdletRun.of("New-Item", root).with("Path", "n.txt").with("ItemType", "File").with("Force", true).run();
        assertEquals("", Files.readString(root.resolve("n.txt")));

        CmdletRun.of("New-Item", root).with("Path", root.toString()).with("Name", "dir1").with("ItemType",
                "Directory").run();
        assertTrue(Files.isDirectory(root.resolve("dir1")));
        assertEquals(1, CmdletRun.of("New-Item", root).with("Path", "dir1").with("ItemType", "Directory").run()
                .errors.size());
        assertEquals(0, CmdletRun.of("New-Item", root).with("Path", "dir1").with("ItemType", "Directory")
                .with("Force", true).run().errors.size());
        CmdletRun.of("New-Item", root).with("Path", "deep\\er\\f.txt").with("ItemType", "File").with("Force", true)
                .run();
        assertTrue(Files.isRegularFile(root.resolve("deep/er/f.txt")));
    }

    @Test
    void environmentAndVariableDrivesAreReadThroughTheEngine() {
        PSObject env = (PSObject) CmdletRun.of("Get-Item", root).variable("env:HOME", "/home/x").with("Path", "env:HOME")
                .run().single();
        assertEquals("HOME", env.get("Name"));
        assertEquals("/home/x", env.get("Value"));
        assertEquals(List.of("v1"), CmdletRun.of("Get-Content", root).variable("global:x", "v1")
                .with("Path", "variable:global:x").run().output);
        assertEquals(1, CmdletRun.of("Get-Item", root).with("Path", "env:NOPE").run().errors.size());
        CmdletRun removal = CmdletRun.of("Remove-Item", root).variable("env:HOME", "/home/x").with("Path", "env:HOME");
        assertTrue(removal.run().errors.isEmpty());
        assertFalse(removal.variableExists("env:HOME"));
        assertEquals(1, CmdletRun.of("Remove-Item", root).with("Path", "env:NOPE").run().errors.size());
    }

    @Test
    void removeItem() throws Exception {
        Files.writeString(root.resolve("x.txt"), "x");
        CmdletRun.of("Remove-Item", root).with("Path", "x.txt").run();
        assertFalse(Files.exists(root.resolve("x.txt")));

        Files.createDirectories(root.resolve("tree/sub"));
        Files.writeString(root.resolve("tree/sub/f.txt"), "x");
        CmdletRun refused = CmdletRun.of("Remove-Item", root).with("Path", "tree").run();
        assertEquals(1, refused.errors.size());
        assertTrue(Files.exists(root.resolve("tree/sub/f.txt")));
        CmdletRun.of("Remove-Item", root).with("Path", "tree").with("Recurse", true).run();
        assertFalse(Files.exists(root.resolve("tree")));

        Files.writeString(root.resolve("a.tmp"), "");
        Files.writeString(root.resolve("b.tmp"), "");
        Files.writeString(root.resolve("keep.txt"), "");
        CmdletRun.of("Remove-Item", root).with("Path", "*.tmp").run();
        assertFalse(Files.exists(root.resolve("a.tmp")));
        assertTrue(Files.exists(root.resolve("keep.txt")));
        assertEquals(1, CmdletRun.of("Remove-Item", root).with("Path", "gone.txt").run().errors.size());
    }
}
