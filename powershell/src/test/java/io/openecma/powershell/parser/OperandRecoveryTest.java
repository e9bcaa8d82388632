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
 * Missing operands, attributes on expressions, the array rank limit, 'using ... =' without an alias
 * and redirection operators as command names, as ParseInput lists their errors ("ErrorId@start-end").
 * Rules: Parser.cs BinaryExpressionRule, UnaryExpressionRule, ExpressionRule (ternary),
 * ElementAccessRule, ParenthesizedExpressionRule, CommandRule, UsingStatementRule; SemanticChecks.cs
 * VisitAttributedExpression; expectations from PowerShell's Parsing.Tests.ps1.
 */
class OperandRecoveryTest {

    private static String parseErrors(String source) {
        String literal = "'" + source.replace("'", "''") + "'";
        String script = "$e = $null; $null = [System.Management.Automation.Language.Parser]::ParseInput(" + literal
                + ", [ref]$null, [ref]$e)\n"
                + "($e | ForEach-Object { $_.ErrorId + '@' + $_.Extent.StartOffset + '-' + $_.Extent.EndOffset }) -join ','";
        return run(script);
    }

    private static String run(String script) {
        PowerShellEngine engine = PowerShellEngine.create(EngineOptions.defaults());
        ScriptResult r = engine.execute(ScriptSource.of("t.ps1", script), Map.of());
        assertEquals(List.of(), r.errors());
        return String.join("|", r.output().stream().map(String::valueOf).toList());
    }

    @Test
    void aMissingRightOperandIsReportedAfterTheOperatorAndParsingGoesOn() {
        // The word that is no operand is then the statement's unexpected token.
        assertEquals("ExpectedValueExpression@5-5,UnexpectedToken@5-8", parseErrors("$x ??Get-Thing"));
        assertEquals("ExpectedValueExpression@3-3,UnexpectedToken@4-7", parseErrors("1 + Get"));
        assertEquals("ExpectedValueExpression@3-3", parseErrors("1 +"));
    }

    @Test
    void aMissingTernaryBranchIsReportedOnce() {
        assertEquals("ExpectedValueExpression@7-7,ExpectedValueExpression@9-9", parseErrors("$true ? :"));
        assertEquals("ExpectedValueExpression@7-7", parseErrors("$true ? : 3"));
        // 'x ?= y': '?' with no branch, then an assignment to what is not assignable.
        assertEquals("ExpectedValueExpression@10-10,InvalidLeftHandSide@0-10", parseErrors("$cricket ?= $soccer"));
        // After a space or a type literal '?[' and '?.' are the ternary '?' (7's GetMemberAccessOperator).
        assertEquals("MissingTypename@12-12,ExpectedValueExpression@11-11,UnexpectedToken@11-12", parseErrors("[datetime]?[0]"));
        assertEquals("ExpectedValueExpression@4-4,UnexpectedToken@4-5", parseErrors("$x ?.name"));
    }

    @Test
    void emptyIndexParenthesesAndUnaryOperands() {
        assertEquals("MissingArrayIndexExpression@3-3", parseErrors("$x[]"));
        assertEquals("MissingArrayIndexExpression@6-6", parseErrors("${x}?[   ]"));
        assertEquals("MissingExpressionAfterOperator@7-7", parseErrors("${x}?[-]"));
        assertEquals("ExpectedExpression@20-20", parseErrors("Get-Date ?.ToString()"));
        assertEquals("MissingExpression@0-1", parseErrors("&"));
    }

    @Test
    void aDriveQualifiedNameInAStringNeedsANameAfterTheColon() {
        // tokenizer.cs ScanVariable: the error spans '$' to the ':'; "$env:x" and "$a::b" are fine.
        assertEquals("InvalidVariableReferenceWithDrive@1-6", parseErrors("\"$var:\""));
        assertEquals("InvalidVariableReferenceWithDrive@4-10", parseErrors("\"at $path:\\x\""));
        assertEquals("", parseErrors("\"$env:x $a::b ${a}:\""));
    }

    @Test
    void anAttributeOnlyGoesOnAVariable() {
        assertEquals("UnexpectedAttribute@0-5", parseErrors("[a()][b]"));
        assertEquals("UnexpectedAttribute@0-5", parseErrors("[a()][b]2"));
        assertEquals("UnexpectedAttribute@0-5", parseErrors("[a()]"));
    }

    @Test
    void anArrayHasAtMost32Dimensions() {
        String commas = ",".repeat(32);
        assertEquals("ArrayHasTooManyDimensions@5-37", parseErrors("[int[" + commas + "]]"));
        assertEquals("ArrayHasTooManyDimensions@5-37,EndSquareBracketExpectedAtEndOfAttribute@38-38",
                parseErrors("[int[" + commas + "]"));
        assertEquals("", parseErrors("[int[" + ",".repeat(31) + "]]"));
    }

    @Test
    void usingWithAnEqualsSignButNoAlias() {
        assertEquals("MissingNamespaceAlias@19-19", parseErrors("using namespace x = ;"));
        assertEquals("UnexpectedUnaryOperator@20-21", parseErrors("using namespace x = ,"));
        assertEquals("InvalidValueForUsingItemName@20-21,MissingExpression@20-21", parseErrors("using namespace x = &"));
    }

    @Test
    void aRedirectionOperatorWhereTheCommandNameGoesIsThatName() {
        assertEquals("", parseErrors("1>>variable:a"));
        // Run, it is a command of that name (which does not exist here).
        assertEquals("true", run("try { 1>>variable:a } catch { $_.Exception.Message.StartsWith(\"The term '1>>' is not\") }"));
    }

    @Test
    void aNumberArgumentKeepsItsTextForAStringParameter() {
        // Compiler.cs GetCommandArgumentExpression: the number is wrapped with its token text.
        assertEquals("24l|0x10|20d|Int64", run("function S([string]$v) { $v }\nfunction O($v) { $v.GetType().Name }\n"
                + "S 24l; S -v 0x10; S 20d; O 24l"));
    }

    @Test
    void scriptsAddAndRemoveTypeAccelerators() {
        assertEquals("true|true|true", run("$t = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')\n"
                + "$t::Add('myInt', [int]); [myInt] -eq [int]; $t::Get['myInt'] -eq [int]\n"
                + "$null = $t::Remove('myInt'); $null -eq $t::Get['myInt']"));
    }

    @Test
    void aWordThatStartsLikeANumberAndHasAQuestionMarkIsACommandName() {
        // tokenizer.cs ScanNumber: '?' ends no number at a pipeline's start (Parsing.Tests.ps1, "Ternary Operator parsing").
        assertEquals("Generic:1?2:3 EndOfInput:|CommandAst", run("$t = $null; $r = [System.Management.Automation.Language.Parser]::"
                + "ParseInput('1?2:3', [ref]$t, [ref]$null)\n($t | ForEach-Object { \"$($_.Kind):$($_.Text)\" }) -join ' '\n"
                + "$r.EndBlock.Statements[0].PipelineElements[0].GetType().Name"));
    }

    @Test
    void parseInputListsTheTokens() {
        assertEquals("Variable:$a Equals:= Number:1 Semi:; Generic:echo Generic:x Pipe:| Generic:% LCurly:{ RCurly:} EndOfInput:",
                run("$t = $null; $null = [System.Management.Automation.Language.Parser]::ParseInput('$a = 1; echo x | % { }',"
                        + " [ref]$t, [ref]$null)\n($t | ForEach-Object { \"$($_.Kind):$($_.Text)\" }) -join ' '"));
    }
}
