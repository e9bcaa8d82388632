package io.openecma.runtime.host;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowsPathMapperTest {

    @TempDir
    Path base;

    @Test
    void ecma2HostDataFolderMapsToTheDataFolder() {
        ConnectorFolders f = ConnectorFolders.under(base);
        WindowsPathMapper m = new WindowsPathMapper(f, "csv");
        assertEquals(f.dataDir().resolve("users.csv").toString(),
                m.map("C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\MAData\\csv\\users.csv"));
        assertEquals(f.dataDir().resolve("schema.xml").toString(),
                m.map("c:\\program files\\microsoft ecma2host\\service\\ecma\\MAData\\schema.xml"));
        assertEquals(f.dataDir().toString(),
                m.map("C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\MAData\\"));
    }

    @Test
    void ecma2HostServiceFolderMapsToTheEcmaFolderWithItsCache() {
        ConnectorFolders f = ConnectorFolders.under(base);
        WindowsPathMapper m = new WindowsPathMapper(f, "csv");
        assertEquals(f.ecmaDir().resolve("Schema.xml").toString(),
                m.map("C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\Schema.xml"));
        // A script writing "C:\\Program Files\\..." in PowerShell gets doubled separators, which Windows reads as one.
        assertEquals(f.ecmaDir().resolve("Schema.xml").toString(),
                m.map("C:\\\\Program Files\\\\Microsoft ECMA2Host\\\\Service\\\\ECMA\\Schema.xml"));
        assertEquals(f.cacheDir().resolve("x.bin").toString(),
                m.map("C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\Cache\\x.bin"));
        assertEquals(f.dataDir().resolve("in.txt").toString(),
                m.map("C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA\\MAData\\in.txt"));
        assertEquals(f.ecmaDir().toString(), m.map("C:\\Program Files\\Microsoft ECMA2Host\\Service\\ECMA"));
        assertTrue(java.nio.file.Files.isDirectory(f.cacheDir()));
        assertTrue(f.roots().contains(f.ecmaDir()));
    }

    @Test
    void windowsTempFoldersMapToTheTempFolder() {
        ConnectorFolders f = ConnectorFolders.under(base);
        WindowsPathMapper m = new WindowsPathMapper(f, "csv");
        assertEquals(f.tempDir().resolve("x.log").toString(), m.map("C:\\Windows\\Temp\\x.log"));
        assertEquals(f.tempDir().resolve("a/b.txt").toString(), m.map("C:\\Users\\svc\\AppData\\Local\\Temp\\a\\b.txt"));
    }

    @Test
    void otherDrivePathsLandUnderDrives() {
        ConnectorFolders f = ConnectorFolders.under(base);
        WindowsPathMapper m = new WindowsPathMapper(f, "csv");
        assertEquals(f.drivesDir().resolve("c/ImportScript.log").toString(), m.map("C:\\ImportScript.log"));
        assertEquals(f.drivesDir().resolve("d/data/x.csv").toString(), m.map("D:/data/x.csv"));
        assertEquals(f.drivesDir().resolve("c").toString(), m.map("C:\\"));
    }

    @Test
    void relativeAndUnixPathsAreLeftToTheEngine() {
        WindowsPathMapper m = new WindowsPathMapper(ConnectorFolders.under(base), "csv");
        assertEquals("users.csv", m.map("users.csv"));
        assertEquals("..\\x", m.map("..\\x"));
    }

    @Test
    void networkPathsAreRefused() {
        WindowsPathMapper m = new WindowsPathMapper(ConnectorFolders.under(base), "csv");
        assertThrows(IllegalArgumentException.class, () -> m.map("\\\\server\\share\\x"));
    }

    @Test
    void theCommonModuleIsWrittenToDataAndTemp() throws Exception {
        ConnectorFolders f = ConnectorFolders.under(base);
        f.writeModule("Common.psm1", "function A {}");
        assertEquals("\uFEFFfunction A {}", java.nio.file.Files.readString(f.dataDir().resolve("Common.psm1")));
        assertEquals("\uFEFFfunction A {}", java.nio.file.Files.readString(f.tempDir().resolve("Common.psm1")));
        assertThrows(IllegalArgumentException.class, () -> f.writeModule("..\\evil.psm1", ""));
    }
}
