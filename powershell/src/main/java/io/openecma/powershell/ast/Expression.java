package io.openecma.powershell.ast;

import java.util.List;

/** Expressions. */
public sealed interface Expression {

    Position position();

    /** Numbers and other literal values. */
    record Constant(Object value, Position position) implements Expression {
    }

    /** A single-quoted string or a bare word argument; {@code bareWord} marks the latter. */
    record StringConstant(String value, boolean bareWord, Position position) implements Expression {
    }

    /** A double-quoted string: parts are literal Strings or Expressions to expand. */
    record ExpandableString(List<Object> parts, Position position) implements Expression {
    }

    record Variable(String scope, String name, Position position) implements Expression {
    }

    /** {@code a, b, c}. */
    record ArrayLiteral(List<Expression> elements, Position position) implements Expression {
    }

    /** {@code @( ... )}. */
    record ArrayExpression(Block body, Position position) implements Expression {
    }

    /** {@code $( ... )}. */
    record SubExpression(Block body, Position position) implements Expression {
    }

    /** {@code ( pipeline )}; assignment inside parentheses passes the value through. */
    record Paren(Statement inner, Position position) implements Expression {
    }

    record Hashtable(List<HashEntry> entries, boolean ordered, Position position) implements Expression {
    }

    record HashEntry(Expression key, Statement value) {
    }

    record ScriptBlock(ScriptBlockBody body, Position position) implements Expression {
    }

    /** Prefix operators: -not ! - + -bnot , -split -join, ++ -- (prefix); postfix ++ -- have postfix=true. */
    record Unary(String operator, Expression operand, boolean postfix, Position position) implements Expression {
    }

    /** Binary operators by canonical lower-case name ("-eq", "-ceq", "+", "..", "-f", ...). */
    record Binary(String operator, Expression left, Expression right, Position position) implements Expression {
    }

    /** {@code [type] operand}. */
    record Convert(TypeName type, Expression operand, Position position) implements Expression {
    }

    /** {@code [type]} alone. */
    record TypeLiteral(TypeName type, Position position) implements Expression {
    }

    /** {@code target.member} / {@code target::member}; member is a StringConstant or any expression. */
    record Member(Expression target, Expression member, boolean isStatic, Position position) implements Expression {
    }

    record InvokeMember(Expression target, Expression member, List<Expression> arguments, boolean isStatic,
                        Position position) implements Expression {
    }

    /**
     * {@code target.Method[T1, T2](args)}: a method call with explicit generic type arguments
     * (PowerShell 7.3 syntax, additive to 5.1, issue #11).
     */
    record GenericInvokeMember(InvokeMember call, List<TypeName> typeArguments, Position position) implements Expression {
        public GenericInvokeMember {
            typeArguments = List.copyOf(typeArguments);
        }
    }

    record Index(Expression target, Expression index, Position position) implements Expression {
    }

    /** {@code cond ? a : b} (PowerShell 7 ternary operator; additive to 5.1, issue #11). */
    record Ternary(Expression condition, Expression ifTrue, Expression ifFalse, Position position) implements Expression {
    }

    /**
     * {@code target?.member}, {@code target?.m()} or {@code target?[i]} (PowerShell 7 null-conditional
     * access; additive to 5.1, issue #11): {@code access} is the Member, InvokeMember or Index whose
     * target is null-checked first; when it is null the whole access is null.
     */
    record NullConditional(Expression access, Position position) implements Expression {
    }
}
