package io.openecma.powershell.cmdlets.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.OutputFormatter;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item attributes and Get-ChildItem's attribute switches, checked against the tree and counts of
 * PowerShell's FileSystemProviderExtended.Tests.ps1 (a root with one plain, one hidden and one
 * read-only file, two folders, one of them holding a hidden folder) and the rules of
 * FileSystemProvider.Dir / FormatAttributeSwitchParameters.
 */
class ItemAttributesScriptsTest {
    @TempDir
    Path root;

    private static final String TREE = """
            New-Item -Path 'file1.txt' -ItemType File > $null
            (New-Item -Path 'filehidden1.doc' -ItemType File).Attributes = 'Hidden'
            (New-Item -Path 'filereadonly1.asd' -ItemType File).Attributes = 'ReadOnly'
            New-Item -Path 'subDir2' -ItemType Directory > $null
            New-Item -Path 'subDir2/file2.txt' -ItemType File > $null
            (New-Item -Path 'subDir2/filehidden2.asd' -ItemType File).Attributes = 'Hidden'
            (New-Item -Path 'subDir2/subDir21' -ItemType Directory).Attributes = 'Hidden'
            New-Item -Path 'subDir2/subDir21/file21.txt' -ItemType File > $null
            New-Item -Path 'subDir3' -ItemType Directory > $null
            """;

    private List<String> run(String script) {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults().withFileSystemRoots(List.of(root), root));
        ScriptResult result = engine.execute(ScriptSource.of("test.ps1", TREE + script), Map.of());
        assertTrue(result.terminatingError().isEmpty(), () -> result.terminatingError().get().describe());
        return result.output().stream().map(OutputFormatter::format).toList();
    }

    @Test
    void attributesAreSettableAndShowInMode() {
        // A new NTFS file has Archive; setting Attributes replaces the set (FileSystemInfo.Attributes).
        assertEquals(List.of("Archive", "-a----", "Hidden", "---h--", "ReadOnly, Archive", "-ar---", "True", "Directory", "d-----"),
                run("""
                        $f = Get-Item file1.txt; "$($f.Attributes)"; $f.Mode
                        $h = Get-Item -Force filehidden1.doc; "$($h.Attributes)"; $h.Mode
                        $f.IsReadOnly = $true; "$($f.Attributes)"; $f.Mode; $f.IsReadOnly
                        "$((Get-Item subDir3).Attributes)"; (Get-Item subDir3).Mode
                        """));
    }

    @Test
    void itemsAreFileInfoAndDirectoryInfo() {
        assertEquals(List.of("True", "True", "False"), run("""
                (Get-Item file1.txt) -is [System.IO.FileInfo]
                (Get-ChildItem -Directory)[0] -is [System.IO.DirectoryInfo]
                (Get-Item file1.txt) -is [System.IO.DirectoryInfo]
                """));
    }

    @Test
    void hiddenItemsNeedForceOrHidden() {
        // FileSystemProviderExtended.Tests.ps1: 4 items, 5 with -Force, 1 with -Hidden or -Attributes Hidden.
        assertEquals(List.of("4", "5", "filehidden1.doc", "filehidden1.doc", "filereadonly1.asd"), run("""
                (Get-ChildItem).Count
                (Get-ChildItem -Force).Count
                Get-ChildItem -Hidden -Name
                Get-ChildItem -Attributes Hidden -Name
                Get-ChildItem -ReadOnly -Name
                """));
    }

    @Test
    void recursionSkipsHiddenFoldersAndDepthLimitsIt() {
        // The rules behind the test file's counts: -Recurse neither lists nor enters hidden items (5),
        // -Force shows all 9, -Depth 0 is the top level only; -Recurse -Hidden lists hidden items at every level.
        assertEquals(List.of("5", "9", "4", "filehidden1.doc|subDir2\\filehidden2.asd|subDir2\\subDir21"), run("""
                (Get-ChildItem -Recurse).Count
                (Get-ChildItem -Recurse -Force).Count
                (Get-ChildItem -Depth 0).Count
                (Get-ChildItem -Recurse -Hidden -Name | Sort-Object) -join '|'
                """));
    }

    @Test
    void attributeExpressionsCombineWithOrAndNot() {
        // EnumExpressionEvaluator.cs: ',' is OR, '+' is AND, '!' is NOT; "d" and "r" disambiguate to
        // Directory and ReadOnly (EnumMinimumDisambiguation's special cases for FileAttributes). Setting
        // Attributes = 'ReadOnly' replaced Archive, so filereadonly1.asd has ReadOnly alone.
        assertEquals(List.of("subDir2|subDir3", "file1.txt|filereadonly1.asd", "filehidden1.doc|filereadonly1.asd",
                        "filereadonly1.asd"), run("""
                (Get-ChildItem -Attributes d -Name) -join '|'
                (Get-ChildItem -Attributes !Directory -Name) -join '|'
                (Get-ChildItem -Attributes Hidden, r -Name) -join '|'
                (Get-ChildItem -Attributes '!Directory+ReadOnly' -Name) -join '|'
                """));
    }

    @Test
    void attributeExpressionErrors() {
        assertEquals(List.of("MultipleEnumNameMatch", "SyntaxErrorUnexpectedBinaryOperator"), run("""
                try { Get-ChildItem -Attributes 'N' } catch { $_.FullyQualifiedErrorId }
                try { Get-ChildItem -Attributes 'Hidden,,ReadOnly' } catch { $_.FullyQualifiedErrorId }
                """));
    }

    @Test
    void includeAndExcludeApplyToLeafNames() {
        // Get-ChildItem docs: -Include works on contents (with -Recurse); without it a folder path gives nothing.
        assertEquals(List.of("file1.txt|subDir2\\file2.txt", "0", "3"), run("""
                (Get-ChildItem -Include *.txt -Recurse -Name | Sort-Object) -join '|'
                @(Get-ChildItem -Path . -Include *.txt).Count
                (Get-ChildItem -Exclude *.txt).Count
                """));
    }
}
