package io.openecma.powershell.lexer;

import io.openecma.powershell.parser.ParseException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LexerTest {

    private static List<Token> tokens(String text, Lexer.Mode mode) {
        Lexer lexer = new Lexer("t.ps1", text);
        List<Token> list = new ArrayList<>();
        Token t;
        while (!(t = lexer.next(mode)).is(TokenKind.EOF)) {
            list.add(t);
        }
        return list;
    }

    @Test
    void numbersWithSuffixesAndHex() {
        assertEquals(10240, tokens("10kb", Lexer.Mode.EXPRESSION).get(0).value());
        assertEquals(5L, tokens("5l", Lexer.Mode.EXPRESSION).get(0).value());
        assertEquals(new BigDecimal("1.50"), tokens("1.50d", Lexer.Mode.EXPRESSION).get(0).value());
        assertEquals(-1, tokens("0xFFFFFFFF", Lexer.Mode.EXPRESSION).get(0).value());
        assertEquals(3_000_000_000L, tokens("3000000000", Lexer.Mode.EXPRESSION).get(0).value());
        assertEquals(1.5e3, tokens("1.5e3", Lexer.Mode.EXPRESSION).get(0).value());
    }

    @Test
    void commandModeReadsBareWordsAndParameters() {
        List<Token> t = tokens("Get-Item -Path:c:\\x -Force 1+2", Lexer.Mode.COMMAND);
        assertEquals(TokenKind.GENERIC, t.get(0).kind());
        assertEquals("Get-Item", t.get(0).text());
        assertEquals(TokenKind.PARAMETER, t.get(1).kind());
        assertEquals("-Path:", t.get(1).text());
        assertEquals("c:\\x", t.get(2).stringValue());
        assertEquals("Force", t.get(3).stringValue());
        assertEquals(TokenKind.GENERIC, t.get(4).kind());
        assertEquals("1+2", t.get(4).text());
    }

    @Test
    void expressionModeReadsOperators() {
        List<Token> t = tokens("$a -ceq 'x' -and $b", Lexer.Mode.EXPRESSION);
        assertEquals("-ceq", t.get(1).text());
        assertEquals(TokenKind.LITERAL_STRING, t.get(2).kind());
        assertEquals("-and", t.get(3).text());
    }

    @Test
    void variablesWithScopesBracesAndSplat() {
        List<Token> t = tokens("$global:x ${odd name} $env:PATH @params $_", Lexer.Mode.EXPRESSION);
        assertEquals("global:x", t.get(0).value());
        assertEquals("odd name", t.get(1).value());
        assertEquals("env:PATH", t.get(2).value());
        assertEquals(TokenKind.SPLAT, t.get(3).kind());
        assertEquals("_", t.get(4).value());
    }

    @Test
    void stringsKeepNestedQuotesInSubexpressions() {
        Token t = tokens("\"$(Get-Date -Format \"yyyy\") - x\"", Lexer.Mode.EXPRESSION).get(0);
        assertEquals(TokenKind.EXPANDABLE_STRING, t.kind());
        assertEquals("$(Get-Date -Format \"yyyy\") - x", t.value());
        assertEquals("it's", tokens("'it''s'", Lexer.Mode.EXPRESSION).get(0).value());
    }

    @Test
    void hereStringsCommentsAndContinuations() {
        List<Token> t = tokens("@'\nline \"1\"\n'@ <# block #> `\n $x # tail", Lexer.Mode.EXPRESSION);
        assertEquals("line \"1\"", t.get(0).value());
        assertEquals(TokenKind.VARIABLE, t.get(1).kind());
        assertEquals(2, t.size());
    }

    @Test
    void unterminatedStringReportsItsPosition() {
        ParseException e = assertThrows(ParseException.class, () -> tokens("\n  'abc", Lexer.Mode.EXPRESSION));
        assertEquals(2, e.position().line());
        assertEquals(3, e.position().column());
    }
}
