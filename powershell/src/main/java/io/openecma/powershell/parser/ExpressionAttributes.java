package io.openecma.powershell.parser;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.lexer.Lexer.Mode;
import io.openecma.powershell.lexer.Token;

/**
 * An attribute such as {@code [a()]} in front of an expression (Parser.cs UnaryExpressionRule builds
 * an AttributedExpressionAst). Only a variable may carry one (SemanticChecks.VisitAttributedExpression:
 * otherwise UnexpectedAttribute on the attribute's extent); with nothing after the attribute 5.1
 * reports the same id as incomplete input. Attributes on a variable outside a param block (a
 * validated variable, {@code [ValidateRange(1,5)][int]$x = 3}) are not supported by this engine and
 * say so, rather than being dropped.
 */
final class ExpressionAttributes {

    private ExpressionAttributes() {
    }

    /** Whether the '[' ahead opens an attribute: a type name followed by '(' inside the brackets. */
    static boolean atAttribute(Parser p) {
        int save = p.offset;
        try {
            p.next(Mode.EXPRESSION);
            p.lexer.reset(p.offset);
            String name = p.lexer.scanTypeNameText();
            if (name == null || name.isEmpty()) {
                return false;
            }
            p.rewind(p.lexer.offset());
            return p.peek(Mode.EXPRESSION).isOperator("(");
        } catch (ParseException e) {
            return false;
        } finally {
            p.rewind(save);
        }
    }

    static Expression parse(Parser p) {
        Token open = p.peek(Mode.EXPRESSION);
        AttributeNode attribute = p.tryParseAttribute();
        int attributeEnd = p.offset;
        String name = attribute.typeName().name();
        Token next = p.peek(Mode.EXPRESSION);
        if (!p.startsUnaryOperand(next)) {
            ParseException e = new ParseException("UnexpectedAttribute", message(name), open.position(), open.start(),
                    attributeEnd, p.atEndOfScript(attributeEnd), false);
            p.report(e);
            return new Expression.Constant(null, p.pos(open));
        }
        Expression child = p.parseUnary();
        Expression inner = child;
        while (inner instanceof Expression.Convert c) {
            inner = c.operand();
        }
        if (inner instanceof Expression.Variable) {
            throw p.error("ParserError", "Attributes on a variable outside a param block ([" + name
                    + "()]) are not supported by this engine.", open);
        }
        p.reportSemantic("UnexpectedAttribute", message(name), open.start(), attributeEnd);
        return child;
    }

    private static String message(String name) {
        return "Unexpected attribute '" + name + "'.";
    }
}
