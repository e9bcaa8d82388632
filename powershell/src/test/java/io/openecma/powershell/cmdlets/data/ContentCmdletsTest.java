package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.runtime.PSRuntimeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCmdletsTest {
    @TempDir
    Path root;

    private List<Object> getContent(String path, Object... options) {
        CmdletRun run = CmdletRun.of("Get-Content", root).with("Path", path);
        for (int k = 0; k < options.length; k += 2) {
            run.with((String) options[k], options[k + 1]);
        }
        return run.run().output;
    }

    @Test
    void setAddGetContentRoundTrip() throws Exception {
        CmdletRun.of("Set-Content", root).with("Path", "c.txt").with("Value", new Object[] {"l1", "l2"}).run();
        CmdletRun.of("Add-Content", root).with("Path", "c.txt").with("Value", "l3").run();
        assertEquals("l1\r\nl2\r\nl3\r\n", Files.readString(root.resolve("c.txt")));
        assertEquals(List.of("l1", "l2", "l3"), getContent("c.txt"));
        assertEquals(List.of("l1"), getContent("c.txt", "TotalCount", 1));
        assertEquals(List.of("l1", "l2"), getContent("c.txt", "First", 2));
        assertEquals(List.of("l2", "l3"), getContent("c.txt", "Tail", 2));
        assertEquals(List.of("l1\r\nl2\r\nl3\r\n"), getContent("c.txt", "Raw", true));
    }

    @Test
    void pipelineValuesAndNumbers() throws Exception {
        CmdletRun.of("Set-Content", root).with("Path", "p.txt").pipe("a", 1, 2.5);
        assertEquals("a\r\n1\r\n2.5\r\n", Files.readString(root.resolve("p.txt")));
        CmdletRun.of("Set-Content", root).with("Path", "n.txt").with("Value", new Object[] {"x", "y"})
                .with("NoNewline", true).run();
        assertEquals("xy", Files.readString(root.resolve("n.txt")));
    }

    @Test
    void addContentCreatesTheFile() {
        CmdletRun.of("Add-Content", root).with("Path", "log.txt").with("Value", "first entry").run();
        CmdletRun.of("Add-Content", root).with("Path", "log.txt").with("Value", "second entry").run();
        assertEquals(List.of("first entry", "second entry"), getContent("log.txt"));
    }

    @Test
    void defaultEncodingsAreThoseOf51() throws Exception {
        CmdletRun.of("Set-Content", root).with("Path", "ansi.txt").with("Value", "é").run();
        assertArrayEquals(new byte[] {(byte) 0xE9, '\r', '\n'}, Files.readAllBytes(root.resolve("ansi.txt")));
        CmdletRun.of("Set-Content", root).with("Path", "utf8.txt").with("Value", "é").with("Encoding", "UTF8").run();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0xA9, '\r', '\n'},
                Files.readAllBytes(root.resolve("utf8.txt")));
        CmdletRun.of("Out-File", root).with("FilePath", "out.txt").pipe("a");
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\r', 0, '\n', 0},
                Files.readAllBytes(root.resolve("out.txt")));
        assertEquals(List.of("é"), getContent("utf8.txt"));
        assertEquals(List.of("é"), getContent("ansi.txt"));
    }

    @Test
    void getContentWithoutBomAssumesAnsi() throws Exception {
        Files.write(root.resolve("nobom.txt"), "é".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Ã©"), getContent("nobom.txt"));
        assertEquals(List.of("é"), getContent("nobom.txt", "Encoding", "UTF8"));
    }

    @Test
    void outFileAppendKeepsTheFilesEncoding() {
        CmdletRun.of("Out-File", root).with("FilePath", "o.txt").pipe("a", "b");
        CmdletRun.of("Out-File", root).with("FilePath", "o.txt").with("Append", true).pipe("c");
        assertEquals(List.of("a", "b", "c"), getContent("o.txt"));
    }

    @Test
    void lineEndsOfAnyKindSplit() throws Exception {
        Files.writeString(root.resolve("mixed.txt"), "a\nb\r\nc\rd");
        assertEquals(List.of("a", "b", "c", "d"), getContent("mixed.txt"));
        Files.writeString(root.resolve("empty.txt"), "");
        assertEquals(List.of(), getContent("empty.txt"));
        assertEquals(List.of(), getContent("empty.txt", "Raw", true));
    }

    @Test
    void readCountZeroGivesOneArray() throws Exception {
        Files.writeString(root.resolve("r.txt"), "a\r\nb\r\n");
        List<Object> out = getContent("r.txt", "ReadCount", 0);
        assertEquals(1, out.size());
        assertArrayEquals(new Object[] {"a", "b"}, (Object[]) out.get(0));
    }

    @Test
    void byteEncodingReadsAndWritesRawBytes() throws Exception {
        CmdletRun.of("Set-Content", root).with("Path", "b.bin").with("Encoding", "Byte")
                .with("Value", new byte[] {0, (byte) 200, 65}).run();
        assertArrayEquals(new byte[] {0, (byte) 200, 65}, Files.readAllBytes(root.resolve("b.bin")));
        CmdletRun.of("Add-Content", root).with("Path", "b.bin").with("Encoding", "Byte").with("Value",
                new Object[] {1, 255}).run();
        assertArrayEquals(new byte[] {0, (byte) 200, 65, 1, (byte) 255}, Files.readAllBytes(root.resolve("b.bin")));
        assertArrayEquals(new byte[] {0, (byte) 200, 65, 1, (byte) 255},
                (byte[]) CmdletRun.of("Get-Content", root).with("Path", "b.bin").with("Encoding", "Byte")
                        .with("ReadCount", 0).run().single());
        assertEquals(List.of((byte) 0, (byte) 200), getContent("b.bin", "Encoding", "Byte", "TotalCount", 2));
    }

    @Test
    void missingFileIsANonTerminatingError() {
        CmdletRun run = CmdletRun.of("Get-Content", root).with("Path", "missing.txt").run();
        assertEquals(List.of(), run.output);
        assertEquals(List.of("Cannot find path '" + root.resolve("missing.txt") + "' because it does not exist."),
                run.errors);
        assertEquals(List.of("PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand"), run.errorIds);
    }

    @Test
    void wildcardsReadEveryMatch() throws Exception {
        Files.writeString(root.resolve("a1.log"), "one\r\n");
        Files.writeString(root.resolve("a2.log"), "two\r\n");
        Files.writeString(root.resolve("b.log"), "three\r\n");
        assertEquals(List.of("one", "two"), getContent("a*.log"));
    }

    @Test
    void filesOutsideTheRootsAreRefused() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> getContent("/etc/hostname"));
        assertTrue(e.getMessage().contains("outside the allowed file-system roots"));
        assertThrows(PSRuntimeException.class,
                () -> CmdletRun.of("Set-Content", root).with("Path", "../escape.txt").with("Value", "x").run());
        assertThrows(PSRuntimeException.class, () -> getContent("x.txt", "Encoding", "Klingon"));
    }
}
