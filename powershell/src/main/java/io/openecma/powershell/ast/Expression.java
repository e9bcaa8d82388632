package io.openecma.powershell.ast;

import java.util.List;

/** Expressions. */
public sealed interface Expression {

    Position position();

    /** Dispatch over every kind of expression; a new record fails to compile until each visitor handles it. */
    <R> R accept(Visitor<R> visitor);

    /** Evaluates an expression to a value of type R. */
    interface Visitor<R> {
        R visitConstant(Constant node);

        R visitStringConstant(StringConstant node);

        R visitExpandableString(ExpandableString node);

        R visitVariable(Variable node);

        R visitArrayLiteral(ArrayLiteral node);

        R visitArrayExpression(ArrayExpression node);

        R visitSubExpression(SubExpression node);

        R visitParen(Paren node);

        R visitHashtable(Hashtable node);

        R visitScriptBlock(ScriptBlock node);

        R visitUnary(Unary node);

        R visitBinary(Binary node);

        R visitConvert(Convert node);

        R visitTypeLiteral(TypeLiteral node);

        R visitMember(Member node);

        R visitInvokeMember(InvokeMember node);

        R visitGenericInvokeMember(GenericInvokeMember node);

        R visitIndex(Index node);

        R visitTernary(Ternary node);

        R visitNullConditional(NullConditional node);
    }

    /** Numbers and other literal values. */
    record Constant(Object value, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConstant(this);
        }

    }

    /** A single-quoted string or a bare word argument; {@code bareWord} marks the latter. */
    record StringConstant(String value, boolean bareWord, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStringConstant(this);
        }

    }

    /** A double-quoted string: parts are literal Strings or Expressions to expand. */
    record ExpandableString(List<Object> parts, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitExpandableString(this);
        }

    }

    record Variable(String scope, String name, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitVariable(this);
        }

    }

    /** {@code a, b, c}. */
    record ArrayLiteral(List<Expression> elements, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitArrayLiteral(this);
        }

    }

    /** {@code @( ... )}. */
    record ArrayExpression(Block body, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitArrayExpression(this);
        }

    }

    /** {@code $( ... )}. */
    record SubExpression(Block body, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSubExpression(this);
        }

    }

    /** {@code ( pipeline )}; assignment inside parentheses passes the value through. */
    record Paren(Statement inner, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitParen(this);
        }

    }

    record Hashtable(List<HashEntry> entries, boolean ordered, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitHashtable(this);
        }

    }

    record HashEntry(Expression key, Statement value) {
    }

    record ScriptBlock(ScriptBlockBody body, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitScriptBlock(this);
        }

    }

    /** Prefix operators: -not ! - + -bnot , -split -join, ++ -- (prefix); postfix ++ -- have postfix=true. */
    record Unary(String operator, Expression operand, boolean postfix, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnary(this);
        }

    }

    /** Binary operators by canonical lower-case name ("-eq", "-ceq", "+", "..", "-f", ...). */
    record Binary(String operator, Expression left, Expression right, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }

    }

    /** {@code [type] operand}. */
    record Convert(TypeName type, Expression operand, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConvert(this);
        }

    }

    /** {@code [type]} alone. */
    record TypeLiteral(TypeName type, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTypeLiteral(this);
        }

    }

    /** {@code target.member} / {@code target::member}; member is a StringConstant or any expression. */
    record Member(Expression target, Expression member, boolean isStatic, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMember(this);
        }

    }

    record InvokeMember(Expression target, Expression member, List<Expression> arguments, boolean isStatic,
                        Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInvokeMember(this);
        }

    }

    /**
     * {@code target.Method[T1, T2](args)}: a method call with explicit generic type arguments
     * (PowerShell 7.3 syntax, additive to 5.1, issue #11).
     */
    record GenericInvokeMember(InvokeMember call, List<TypeName> typeArguments, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitGenericInvokeMember(this);
        }

        public GenericInvokeMember {
            typeArguments = List.copyOf(typeArguments);
        }
    }

    record Index(Expression target, Expression index, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIndex(this);
        }

    }

    /** {@code cond ? a : b} (PowerShell 7 ternary operator; additive to 5.1, issue #11). */
    record Ternary(Expression condition, Expression ifTrue, Expression ifFalse, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTernary(this);
        }

    }

    /**
     * {@code target?.member}, {@code target?.m()} or {@code target?[i]} (PowerShell 7 null-conditional
     * access; additive to 5.1, issue #11): {@code access} is the Member, InvokeMember or Index whose
     * target is null-checked first; when it is null the whole access is null.
     */
    record NullConditional(Expression access, Position position) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNullConditional(this);
        }

    }
}
