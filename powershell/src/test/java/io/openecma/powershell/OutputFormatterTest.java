package io.openecma.powershell;

import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.PSObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputFormatterTest {

    @Test
    void scalarsPrintAsPowerShellDoes() {
        assertEquals("1.5", OutputFormatter.format(1.5));
        assertEquals("10", OutputFormatter.format(10));
        assertEquals("True", OutputFormatter.format(true));
        assertEquals("1.50", OutputFormatter.format(new BigDecimal("1.50")));
        assertEquals("1E+20", OutputFormatter.format(1e20));
        assertEquals("text", OutputFormatter.format("text"));
    }

    @Test
    void objectsPrintAsCompressedJson() {
        PSObject o = PSObject.customObject(Map.of("a", 1));
        assertEquals("{\"a\":1}", OutputFormatter.format(o));
        PSHashtable h = new PSHashtable(true);
        h.put("k", new Object[]{1, "x"});
        assertEquals("{\"k\":[1,\"x\"]}", OutputFormatter.format(h));
    }

    @Test
    void scriptFilesDecodeByTheirByteOrderMark(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path utf16 = dir.resolve("u16.ps1");
        byte[] body = "'é'".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        assertEquals("'é'", ScriptSource.fromFile(utf16).text());
        Path utf8 = dir.resolve("u8.ps1");
        Files.write(utf8, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'});
        assertEquals("x", ScriptSource.fromFile(utf8).text());
    }
}
