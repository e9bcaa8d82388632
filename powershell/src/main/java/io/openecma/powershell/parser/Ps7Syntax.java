package io.openecma.powershell.parser;

import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.lexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * PowerShell 7 syntax that issue #11 admits as additive to 5.1: the ternary operator, the
 * pipeline chain operators and generic method type arguments. Rules follow PowerShell 7's Parser.cs (ExpressionRule,
 * PipelineChainRule); error ids and texts come from its ParserStrings.resx.
 */
final class Ps7Syntax {

    private Ps7Syntax() {
    }

    /**
     * {@code condition ? ifTrue : ifFalse} after an already parsed condition; both branches are
     * expressions. As in PowerShell 7's ExpressionRule a missing branch is reported
     * (ExpectedValueExpression right after '?' or ':') and parsing goes on; a missing ':' after a
     * missing first branch is not reported again.
     */
    static Expression ternary(Parser p, Expression condition) {
        Token question = p.peek(Mode.EXPRESSION);
        int questionEnd;
        if (question.isOperator("?[") || question.isOperator("?.")) {
            // 7's tokenizer reads '?.' and '?[' only right after an operand (GetMemberAccessOperator);
            // after a space or a type literal the '?' is the ternary operator.
            questionEnd = question.start() + 1;
            p.rewind(questionEnd);
        } else if (question.isOperator("?")) {
            p.next(Mode.EXPRESSION);
            questionEnd = question.end();
        } else {
            return condition;
        }
        p.skipNewlines();
        Expression ifTrue = branch(p, "?", questionEnd);
        p.skipNewlines();
        Token colon = p.peek(Mode.EXPRESSION);
        if (!colon.isOperator(":")) {
            if (ifTrue == null) {
                return p.errorExpression(question);
            }
            throw p.error("MissingColonInTernaryExpression", "Missing ':' in the ternary expression.", colon);
        }
        p.next(Mode.EXPRESSION);
        p.skipNewlines();
        Expression ifFalse = branch(p, ":", colon.end());
        return new Expression.Ternary(condition, ifTrue == null ? p.errorExpression(question) : ifTrue,
                ifFalse == null ? p.errorExpression(colon) : ifFalse, p.pos(question));
    }

    /** A ternary branch, or null after reporting that none is there. */
    private static Expression branch(Parser p, String operator, int operatorEnd) {
        Token t = p.peek(Mode.EXPRESSION);
        if (t.isOperator("[") && !typeNameFollows(p.lexer.text(), t.end())) {
            // UnaryExpressionRule: '[' without a type name is MissingTypename right after it; no operand then.
            p.report(p.errorAt("MissingTypename", "Missing type name after '['.", t.end()));
        } else if (p.startsOperand(t)) {
            return p.parseExpression();
        }
        p.report(p.errorAt("ExpectedValueExpression", "You must provide a value expression following the '" + operator
                + "' operator.", operatorEnd));
        return null;
    }

    private static boolean typeNameFollows(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_');
    }

    /**
     * A trailing {@code &} makes the pipeline (or chain) a background job (Parser.cs PipelineRule:
     * the ampersand ends the statement). An assignment's value is its own statement, so
     * {@code $j = Get-Thing &} backgrounds only the right side.
     */
    static Statement background(Parser p, Statement statement, int start) {
        Token amp = p.peek(Mode.COMMAND);
        if (!amp.isOperator("&") || !(statement instanceof Statement.Pipeline || statement instanceof Statement.PipelineChain)) {
            return statement;
        }
        p.next(Mode.COMMAND);
        String text = p.lexer.text().substring(start, amp.start());
        return new Statement.BackgroundPipeline(statement, text, statement.position());
    }

    /** Whether the next token is '&&' or '||' (a pipeline chain continues). */
    static boolean atChainOperator(Parser p) {
        Token t = p.peek(Mode.EXPRESSION);
        return t.isOperator("&&") || t.isOperator("||");
    }

    /**
     * {@code left && right || ...}: left-associative, each right side a pipeline (newlines may follow
     * the operator). Assignments and other statements cannot be chained (Parser.cs PipelineChainRule).
     */
    static Statement chain(Parser p, Statement left, java.util.function.Supplier<Statement> pipeline) {
        Statement result = left;
        while (atChainOperator(p)) {
            Token op = p.next(Mode.EXPRESSION);
            p.skipNewlines();
            Token start = p.peek(Mode.COMMAND);
            if (start.is(io.openecma.powershell.lexer.TokenKind.EOF)) {
                throw p.errorAt("EmptyPipelineChainElement", "A pipeline chain operator must be followed by a pipeline.",
                        op.end());
            }
            Statement right = pipeline.get();
            if (!(right instanceof Statement.Pipeline rp)) {
                throw p.error("InvalidLeftHandSide",
                        "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
                        start);
            }
            result = new Statement.PipelineChain(result, op.text(), rp, p.pos(op));
        }
        return result;
    }

    /**
     * {@code .Method[T1, T2](args)} after the member name (PowerShell 7.3, Parser.cs
     * GenericMethodArgumentsRule): the brackets hold type names that start with a letter, and '('
     * follows ']' with no space. Anything else is not a generic call: the parser goes back to the
     * '[' and it is read as an index, as PowerShell 7's Resync does. Returns null then.
     */
    static Expression genericMethodCall(Parser p, Expression target, Expression member, boolean isStatic, Token operator) {
        int restore = p.offset;
        Token open = p.next(Mode.EXPRESSION);
        p.lexer.reset(p.offset);
        String text = p.lexer.scanTypeNameText();
        if (text == null || text.isEmpty() || !(Character.isLetter(text.charAt(0)) || text.charAt(0) == '_')) {
            p.rewind(restore);
            return null;
        }
        p.rewind(p.lexer.offset());
        if (!p.peek(Mode.EXPRESSION).isOperator("]")) {
            p.rewind(restore);
            return null;
        }
        p.next(Mode.EXPRESSION);
        Token paren = p.peek(Mode.EXPRESSION);
        if (paren.spaceBefore() || !paren.isOperator("(")) {
            p.rewind(restore);
            return null;
        }
        p.next(Mode.EXPRESSION);
        List<TypeName> types = new ArrayList<>();
        for (String part : topLevelParts(text)) {
            types.add(TypeNames.parse(part.trim(), p.pos(open)));
        }
        Expression.InvokeMember call = new Expression.InvokeMember(target, member, p.parseArguments(), isStatic, p.pos(operator));
        return new Expression.GenericInvokeMember(call, types, p.pos(operator));
    }

    /** The comma-separated parts of a type-argument list, commas inside nested brackets kept. */
    private static List<String> topLevelParts(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * PowerShell 7's pipe at the start of a line (additive to 5.1, issue #11): at a newline, the
     * pipeline goes on when the next line's first character that is not white space or part of a
     * comment is '|' with no blank line between (Tokenizer.IsPipeContinuation).
     */
    static boolean pipeOnNextLine(Parser p) {
        Token t = p.peek(Mode.EXPRESSION);
        return t.is(io.openecma.powershell.lexer.TokenKind.NEWLINE) && continuesWith(p.lexer.text(), t.end(), '|');
    }

    private static boolean continuesWith(String script, int from, char continuation) {
        boolean lastWasNewline = true;
        int i = from;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (io.openecma.powershell.lexer.Lexer.isPowerShellWhitespace(c)) {
                i++;
            } else if (c == '\n' || c == '\r') {
                if (lastWasNewline) {
                    return false; // a blank line ends the pipeline
                }
                lastWasNewline = true;
                i += c == '\r' && i + 1 < script.length() && script.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '#') {
                lastWasNewline = false;
                while (i < script.length() && script.charAt(i) != '\n' && script.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '<' && i + 1 < script.length() && script.charAt(i + 1) == '#') {
                lastWasNewline = false;
                int end = script.indexOf("#>", i + 2);
                i = end < 0 ? script.length() : end + 2;
            } else {
                return c == continuation;
            }
        }
        return false;
    }
}
