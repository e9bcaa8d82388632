package io.openecma.powershell.types.language.ast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The public AST and its error recovery. Expected shapes are those PowerShell's
 * test/powershell/Language/Parser/Parsing.Tests.ps1 asserts (Test-ErrorStmt: the statement's
 * extent, then its nested nodes' extents in source order).
 */
class AstParserTest {

    private static StatementAst first(String script) {
        return (StatementAst) AstParser.parse(script).getEndBlock().getStatements().get(0);
    }

    @Test
    void anIncompleteForHoldsItsPipelines() {
        StatementAst s = first("for($a;$b");
        assertInstanceOf(ErrorStatementAst.class, s);
        assertEquals("for($a;$b", s.getExtent().getText());
        List<Ast> nested = ((ErrorStatementAst) s).getNestedAst();
        assertEquals(List.of("$a", "$b"), nested.stream().map(Ast::toString).toList());
        assertInstanceOf(PipelineAst.class, nested.get(0));
    }

    @Test
    void aForWithoutParenthesisIsJustTheKeyword() {
        assertEquals("for", first("for z").getExtent().getText());
        assertEquals(":lab for()", first(":lab for()zzzz").getExtent().getText());
    }

    @Test
    void tryCatchRecovery() {
        ErrorStatementAst s = (ErrorStatementAst) first("try {1} catch [int],[char] {2} catch");
        assertEquals("try {1} catch [int],[char] {2} catch", s.getExtent().getText());
        assertEquals(List.of("{1}", "catch [int],[char] {2}"), s.getNestedAst().stream().map(Ast::toString).toList());
    }

    @Test
    void functionParametersAreKeptOnError() {
        ErrorStatementAst s = (ErrorStatementAst) first("function foo($a = 1");
        assertEquals("function foo($a = 1", s.getExtent().getText());
        ParameterAst p = (ParameterAst) s.getNestedAst().get(0);
        assertEquals("$a", p.getName().toString());
        assertEquals("1", p.getDefaultValue().toString());
        assertSame(p, p.getName().getParent());
    }

    @Test
    void switchClausesAreBodiesAndTheFileFlagHoldsItsPipeline() {
        ErrorStatementAst s = (ErrorStatementAst) first("switch (1) {foo {bar}");
        assertEquals(List.of("foo", "{bar}"), s.getBodies().stream().map(Ast::toString).toList());
        assertEquals(List.of("1"), s.getConditions().stream().map(Ast::toString).toList());
        ErrorStatementAst f = (ErrorStatementAst) first("switch -file a");
        assertEquals("a", ((AstTuple) ((AstFlags) f.getFlags()).get("file")).getItem2().toString());
    }

    @Test
    void namedBlocksWithoutBodies() {
        ScriptBlockAst sb = AstParser.parse("begin {} end");
        assertEquals("begin {}", sb.getBeginBlock().toString());
        assertEquals("end", sb.getEndBlock().toString());
        assertNull(sb.getProcessBlock());
    }

    @Test
    void expressionsFollowPrecedenceAndPostfixes() {
        CommandExpressionAst e = (CommandExpressionAst) ((PipelineAst) first("1 + 2 * 3")).getPipelineElements().get(0);
        BinaryExpressionAst add = (BinaryExpressionAst) e.getExpression();
        assertEquals("2 * 3", add.getRight().toString());
        PipelineAst call = (PipelineAst) first("[string]::join(\" \", (0, 1, 2)[0, 1])");
        InvokeMemberExpressionAst m = (InvokeMemberExpressionAst) ((CommandExpressionAst) call.getPipelineElements().get(0))
                .getExpression();
        IndexExpressionAst index = (IndexExpressionAst) m.getArguments().get(1);
        assertEquals(2, ((ArrayLiteralAst) index.getIndex()).getElements().size());
    }

    @Test
    void commandsAndAssignments() {
        PipelineAst p = (PipelineAst) first("Get-Thing -Name:x a,b | Out-Null");
        CommandAst c = (CommandAst) p.getPipelineElements().get(0);
        assertEquals(List.of("Get-Thing", "-Name:x", "a,b"), c.getCommandElements().stream().map(Ast::toString).toList());
        AssignmentStatementAst a = (AssignmentStatementAst) first("$x = 1");
        assertEquals("1", a.getRight().toString());
    }

    @Test
    void safeGetValueOfConstantsArraysAndHashtables() {
        PipelineAst p = (PipelineAst) first("@{ one = 1 }");
        Ast table = ((CommandExpressionAst) p.getPipelineElements().get(0)).getExpression();
        assertEquals(1, ((java.util.Map<?, ?>) table.SafeGetValue()).get("one"));
        Ast array = ((CommandExpressionAst) ((PipelineAst) first("1,'a',$true")).getPipelineElements().get(0)).getExpression();
        assertEquals(List.of(1, "a", true), List.of((Object[]) array.SafeGetValue()));
        Ast variable = ((CommandExpressionAst) ((PipelineAst) first("$a")).getPipelineElements().get(0)).getExpression();
        org.junit.jupiter.api.Assertions.assertThrows(io.openecma.powershell.runtime.PSRuntimeException.class,
                variable::SafeGetValue);
    }
}
