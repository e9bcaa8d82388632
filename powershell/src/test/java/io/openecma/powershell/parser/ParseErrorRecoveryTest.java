package io.openecma.powershell.parser;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The parser reports an error and goes on, as Parser.cs does, so every error of a script is listed
 * with 5.1's ErrorId and offset. Expected ids and offsets are those of PowerShell's own
 * test/powershell/Language/Parser/Parsing.Tests.ps1 (ShouldBeParseError cases) unless noted.
 */
class ParseErrorRecoveryTest {

    /** The errors of a script as "ErrorId@offset", in the order reported. */
    private static String errors(String script) {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseScript("t.ps1", script));
        return e.errors().stream().map(x -> x.errorId() + "@" + x.offset()).collect(Collectors.joining(","));
    }

    @Test
    void aTokenThatStartsNoStatementIsEatenAndParsingGoesOn() {
        // Parser.cs CompleteScriptBlockBody: UnexpectedToken for the ')' then the rest is parsed too.
        assertEquals("MissingValueForSupportedCommandInDataSectionStatement@7,UnexpectedToken@8", errors("data -s ) {}"));
        assertEquals("UnexpectedToken@3,MissingEndParenthesisInExpression@9", errors("1; ) ; (2"));
        // The first error of each statement, then the next statement: 1 2 is UnexpectedToken, the 2 a statement of its own.
        assertEquals("UnexpectedToken@2,MissingCatchOrFinally@10", errors("1 2\ntry {}"));
    }

    @Test
    void missingPartsOfLoopsAreReportedRightAfterWhatCameBefore() {
        assertEquals("MissingEndParenthesisAfterStatement@4", errors("for("));
        assertEquals("MissingEndParenthesisAfterStatement@9", errors("for($a;$b"));
        assertEquals("MissingEndParenthesisAfterStatement@10", errors("for($a;$b;"));
        assertEquals("MissingInInForeach@11", errors("foreach ($a into"));
        assertEquals("MissingForeachExpression@14", errors("foreach ($a in"));
        assertEquals("MissingExpressionAfterKeyword@13", errors("do {} while ("));
        assertEquals("MissingCatchOrFinally@6", errors("try {}"));
        assertEquals("MissingTypeLiteralToken@19", errors("try {} catch [int],"));
    }

    @Test
    void namedBlocksWithoutTheirBlock() {
        assertEquals("MissingNamedStatementBlock@5", errors("begin"));
        assertEquals("MissingNamedStatementBlock@5", errors("begin process {}"));
        assertEquals("MissingNamedStatementBlock@5,MissingNamedStatementBlock@13,MissingNamedStatementBlock@17",
                errors("begin process end"));
    }

    @Test
    void dataSections() {
        assertEquals("MissingStatementBlockForDataSection@4", errors("data"));
        assertEquals("MissingStatementBlockForDataSection@8", errors("data foo"));
        assertEquals("InvalidParameterForDataSectionStatement@5", errors("data -abc foo {}"));
        assertEquals("MissingValueForSupportedCommandInDataSectionStatement@7,UnexpectedToken@8", errors("data -s } {}"));
        assertEquals("MissingValueForSupportedCommandInDataSectionStatement@12", errors("data -sup a,"));
    }

    @Test
    void aDataSectionOutputsOrAssignsWhatItsBlockOutputs() {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", """
                data { 'a'; 'b' }
                data texts -SupportedCommand ConvertFrom-StringData { 'x' }
                $texts
                """), Map.of());
        assertEquals(List.of("a", "b", "x"), r.output());
    }

    @Test
    void switchHeaderErrors() {
        assertEquals("PipelineValueRequired@6", errors("switch"));
        assertEquals("InvalidSwitchFlag@7,PipelineValueRequired@11", errors("switch -abc"));
        assertEquals("MissingFilenameOption@12", errors("switch -file"));
        assertEquals("PipelineValueRequired@15,MissingCurlyBraceInSwitchStatement@18", errors("switch -file a (1)"));
        assertEquals("PipelineValueRequired@8,MissingCurlyBraceInSwitchStatement@9", errors("switch ()"));
        assertEquals("MissingSwitchConditionExpression@17", errors("switch (\"abc\")  {"));
        assertEquals("MultipleSwitchDefaultClauses@23", errors("switch (1) {default {} default {}}"));
    }

    @Test
    void semanticErrorsFollowTheSyntaxErrors() {
        assertEquals("ControlLeavingFinally@17", errors("try {} finally { return }"));
        assertEquals("ControlLeavingFinally@17", errors("try {} finally { break }"));
        // A loop inside the finally block keeps break there; a script block starts afresh.
        Parser.parseScript("t.ps1", "try {} finally { foreach ($i in 1) { break } ; { return } }");
        assertEquals("DuplicateFormalParameter@27", errors("function f { param($a,[int]$a) }"));
        assertEquals("DuplicateFormalParameter@19", errors("function f($a,[int]$a){}"));
        assertEquals("SplattingNotPermitted@0", errors("@a"));
        assertEquals("SplattingNotPermitted@9", errors("foreach (@a in $b) {}"));
        assertEquals("SplattingNotPermitted@6", errors("param(@a)"));
        assertEquals("InvalidLeftHandSide@0", errors("$a,$b += 1,2"));
        assertEquals("InvalidLeftHandSide@0", errors("1 = 2"));
        Parser.parseScript("t.ps1", "$a, $b = 1, 2; [int]$c = 3; $h.x = 1; $l[0] += 1; ($d) = 4");
    }

    @Test
    void pipelineAndArgumentErrors() {
        assertEquals("EmptyPipeElement@0", errors("|gps"));
        assertEquals("EmptyPipeElement@4", errors("gps|"));
        assertEquals("EmptyPipeElement@4", errors("gps| |foreach name"));
        assertEquals("ExpectedValueExpression@3", errors("$a="));
        assertEquals("ParameterRequiresArgument@7", errors("gcm -a:"));
        assertEquals("MissingExpression@10", errors("gcm -a: 1,"));
        assertEquals("MissingArgument@4", errors("gcm ,"));
        assertEquals("MissingEndParenthesisInFunctionParameterList@20", errors("function foo {param(}"));
        assertEquals("MissingEndCurlyBrace@2", errors("@{ a=1;b=2;c=3;"));
    }

    @Test
    void parseInputListsEveryErrorWithItsExtent() {
        ScriptResult r = PowerShellEngine.create(EngineOptions.defaults()).execute(ScriptSource.of("t.ps1", """
                $errors = $null
                $null = [System.Management.Automation.Language.Parser]::ParseInput('switch -abc', [ref]$null, [ref]$errors)
                $errors.Count
                $errors[0].ErrorId; $errors[0].Extent.Text; $errors[0].IncompleteInput
                $errors[1].ErrorId; $errors[1].Extent.StartOffset; $errors[1].IncompleteInput
                """), Map.of());
        assertEquals(List.of(2, "InvalidSwitchFlag", "-abc", false, "PipelineValueRequired", 11, true), r.output());
    }
}
