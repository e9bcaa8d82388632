package io.openecma.powershell.parser;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parse errors carry Windows PowerShell's ErrorId (the ParserStrings.resx names Parser.cs reports)
 * and the offset 5.1 reports them at; offsets from PowerShell's own test/powershell/Language/Parser tests.
 */
class ParseErrorIdsTest {

    private static ParseException error(String script) {
        return assertThrows(ParseException.class, () -> Parser.parseScript("t.ps1", script));
    }

    private static void assertError(String script, String errorId, int offset) {
        ParseException e = error(script);
        assertEquals(errorId, e.errorId(), script);
        assertEquals(offset, e.offset(), script);
    }

    @Test
    void misplacedParamBlockWithTypesOnTheirOwnLinesIsMissingEndParenthesis() {
        // Parser.cs ParenthesizedExpressionRule reports MissingEndParenthesisInExpression After(pipeline):
        // a type literal before a newline is no cast (UnaryExpressionRule), so the ')' is missing there.
        String script = "param($a)\n'x'\nparam(\n  [string]\n  $b\n)\n";
        ParseException e = error(script);
        assertEquals("MissingEndParenthesisInExpression", e.errorId());
        assertEquals("Missing closing ')' in expression.", e.getMessage());
        assertEquals(script.indexOf("[string]") + "[string]".length(), e.offset());
        assertEquals(4, e.position().line());
        assertTrue(e.incompleteInput());
    }

    @Test
    void aTokenAfterAPipelineIsUnexpected() {
        assertError("1 2", "UnexpectedToken", 2);
        assertError("$x = 1 $y", "UnexpectedToken", 7);
    }

    @Test
    void tokenizerErrors() {
        assertError("'abc", "TerminatorExpectedAtEndOfString", 0);
        assertError("\"abc", "TerminatorExpectedAtEndOfString", 0);
        assertError("<# never closed", "MissingTerminatorMultiLineComment", 0);
    }

    @Test
    void statementErrors() {
        assertEquals("MissingCatchOrFinally", error("try { }").errorId());
        assertEquals("MissingEndCurlyBrace", error("if ($a) { 1").errorId());
        assertEquals("MissingOpenParenthesisInIfStatement", error("if $a { }").errorId());
        assertEquals("MissingEndParenthesisAfterStatement", error("while ($a { }").errorId());
        assertEquals("MissingWhileOrUntilInDoWhile", error("do { } 1").errorId());
        assertEquals("MissingInInForeach", error("foreach ($a of $b) { }").errorId());
        assertEquals("MissingEndParenthesisInMethodCall", error("$a.b(1 2)").errorId());
        assertEquals("MissingEndSquareBracket", error("$a[1").errorId());
        assertEquals("MissingEqualsInHashLiteral", error("@{ a }").errorId());
        assertEquals("MissingEndCurlyBrace", error("@{ a = 1 b = 2 }").errorId());
        assertEquals("ExpressionsMustBeFirstInPipeline", error("Get-Item | 1").errorId());
    }

    @Test
    void aMissingBlockIsReportedAfterWhatCameBefore() {
        // Offsets and ids as PowerShell's Parsing.Tests.ps1 expects them (Parser.cs: After(rParen) etc.).
        assertError("while ($true)", "MissingLoopStatement", 13);
        assertError("foreach ($a in $b)", "MissingForeachStatement", 18);
        assertError("try", "MissingTryStatementBlock", 3);
        assertError("try {} finally", "MissingFinallyStatementBlock", 14);
        assertError("trap", "MissingTrapStatement", 4);
    }

    @Test
    void parseInputReturnsTheErrorsWithIdsAndOffsets() {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", """
                $errors = $null
                $ast = [System.Management.Automation.Language.Parser]::ParseInput('if ($a) { 1 } "next"; 1 2', [ref]$null, [ref]$errors)
                $errors.Count
                $errors[0].ErrorId
                $errors[0].Extent.StartScriptPosition.Offset
                $ok = $null
                $ast = [System.Management.Automation.Language.Parser]::ParseInput('1 + 1', [ref]$null, [ref]$ok)
                $ok.Count
                & ($ast.GetScriptBlock())
                try { [scriptblock]::Create('1 2') } catch { $_.Exception.InnerException -is [System.Management.Automation.ParseException] }
                & ([scriptblock]::Create('3 * 3'))
                """), Map.of());
        assertEquals(java.util.List.of(1, "UnexpectedToken", 24, 0, 2, true, 9), r.output());
    }

    @Test
    void aScriptWithAParseErrorNeverRunsAndCarriesTheFirstErrorId() {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults())
                .execute(ScriptSource.of("t.ps1", "'printed?'\n$x = (1\n"), Map.of());
        assertTrue(r.output().isEmpty());
        ScriptError err = r.terminatingError().orElseThrow();
        assertEquals("System.Management.Automation.ParseException", err.exceptionTypeName());
        assertEquals("MissingEndParenthesisInExpression", err.fullyQualifiedErrorId());
        assertEquals(2, err.line());
    }
}
