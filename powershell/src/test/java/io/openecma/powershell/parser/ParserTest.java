package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.ast.TypeName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserTest {

    private static Statement first(String text) {
        return Parser.parseScript("t.ps1", text).end().statements().get(0);
    }

    private static Expression expression(String text) {
        Statement.Pipeline p = (Statement.Pipeline) first(text);
        return ((PipelineElement.ExpressionElement) p.elements().get(0)).expression();
    }

    @Test
    void commaBindsTighterThanAddition() {
        Expression.Binary plus = (Expression.Binary) expression("1, 2 + 3");
        assertEquals("+", plus.operator());
        assertInstanceOf(Expression.ArrayLiteral.class, plus.left());
    }

    @Test
    void comparisonBindsLooserThanArithmeticAndTighterThanLogical() {
        Expression.Binary and = (Expression.Binary) expression("$a + 1 -eq 2 -and $b");
        assertEquals("-and", and.operator());
        Expression.Binary eq = (Expression.Binary) and.left();
        assertEquals("-eq", eq.operator());
        assertEquals("+", ((Expression.Binary) eq.left()).operator());
    }

    @Test
    void castsApplyToTheUnaryOperand() {
        Expression.Binary plus = (Expression.Binary) expression("[int]'1' + 2");
        assertInstanceOf(Expression.Convert.class, plus.left());
    }

    @Test
    void genericTypeNames() {
        TypeName t = TypeNames.parse("System.Collections.Generic.Dictionary[[String],[String]]", null);
        assertEquals(2, t.genericArguments().size());
        TypeName arr = TypeNames.parse("string[]", null);
        assertEquals(1, arr.arrayRank());
    }

    @Test
    void paramBlockWithAttributesAndNamedBlocks() {
        ScriptBlockBody body = Parser.parseScript("t.ps1", """
                [CmdletBinding()]
                param([Parameter(Mandatory, ValueFromPipeline)][ValidateSet('a','b')][string]$Name, [switch]$Force)
                begin { } process { $Name } end { }
                """);
        assertTrue(body.isAdvanced());
        assertEquals(2, body.parameters().size());
        assertEquals(3, body.parameters().get(0).attributes().size());
        assertEquals(1, body.process().statements().size());
    }

    @Test
    void commandArgumentsAreBareWordsParametersAndSplats() {
        Statement.Pipeline p = (Statement.Pipeline) first("Get-Thing -Name x,y @rest -Flag:$false | Out-Null");
        PipelineElement.Command c = (PipelineElement.Command) p.elements().get(0);
        assertEquals(4, c.elements().size());
        assertEquals(2, p.elements().size());
    }

    @Test
    void multipleAssignmentAndCompoundOperators() {
        Statement.Assignment a = (Statement.Assignment) first("$a, $b = 1, 2");
        assertInstanceOf(Expression.ArrayLiteral.class, a.target());
        assertEquals("+=", ((Statement.Assignment) first("$x += 1")).operator());
    }

    @Test
    void switchTryAndLabels() {
        assertInstanceOf(Statement.Switch.class, first("switch -Regex ($x) { '^a' { 1 } default { 2 } }"));
        Statement.Try t = (Statement.Try) first("try { } catch [System.ArgumentException], [System.IO.IOException] { } finally { }");
        assertEquals(2, t.catches().get(0).types().size());
        assertEquals("outer", ((Statement.While) first(":outer while ($true) { break outer }")).label());
    }

    @Test
    void expandableStringSplitsVariablesAndSubexpressions() {
        Expression.ExpandableString s = (Expression.ExpandableString) expression("\"a $x.Name $($y.Count) ${z}\"");
        assertEquals(6, s.parts().size());
        assertEquals(".Name ", s.parts().get(2));
    }

    @Test
    void errorsCarryLineAndColumn() {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parseScript("f.ps1", "if ($x) {\n  $y = (1 +\n}"));
        assertEquals("f.ps1", e.position().file());
        assertTrue(e.position().line() >= 2, e.describe());
    }
}
