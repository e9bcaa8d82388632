package io.openecma.powershell.parser;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where a statement goes on past a line end: after a member operator (Parser.cs allows newlines
 * there, for fluent calls), a pipe at the start of the next line (PowerShell 7, additive), and a
 * backtick before a lone CR. PowerShell's white space includes vertical tab, no-break space and
 * U+0085 (CharTraits.cs IsWhitespace).
 */
class LineContinuationFormsTest {

    private static List<Object> run(String script) {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", script), Map.of());
        assertEquals(List.of(), r.errors());
        return r.output();
    }

    @Test
    void aMemberNameMayFollowOnTheNextLine() {
        assertEquals(List.of("ABC-x"), run("$s = 'abc'.\n    ToUpper().\n\n  Insert(3, '-x')\n$s"));
        assertEquals(List.of(3), run("'abc'.\r\n  Length"));
    }

    @Test
    void aPipeAtTheStartOfTheNextLineContinuesThePipeline() {
        assertEquals(List.of(2, 4), run("1, 2\n    | ForEach-Object { $_ * 2 }"));
        assertEquals(List.of(4), run("1, 2 # numbers\n  # a comment line\n  | ForEach-Object { $_ * 2 } <# block #>\n  | Select-Object -Last 1"));
        assertEquals(List.of(6), run("3\r  | ForEach-Object { $_ * 2 }"));
    }

    @Test
    void aBlankLineEndsThePipelineBeforeALeadingPipe() {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1",
                "$e = $null; $null = [System.Management.Automation.Language.Parser]::ParseInput(\"1`n`n| Out-String\", [ref]$null, [ref]$e); $e[0].ErrorId"),
                Map.of());
        assertEquals(List.of("EmptyPipeElement"), r.output());
    }

    @Test
    void unusualWhiteSpaceAndALoneCarriageReturnContinuation() {
        assertEquals(List.of("ab"), run("'a' +\u000B\u00A0\u0085'b'"));
        assertEquals(List.of("ab"), run("'a' + `\r'b'"));
    }
}
