package io.openecma.powershell.ast;

/** An argument to a command. */
public sealed interface CommandElement {

    /** {@code -Name}, {@code -Name:value} (argument non-null when given with a colon). */
    record ParameterName(String name, Expression argument, Position position) implements CommandElement {
    }

    /**
     * A positional argument; {@code numberText} is the token's text when the argument is one number
     * token ({@code 24l}, {@code 0x10}): a [string] parameter gets that text (Compiler.cs
     * GetCommandArgumentExpression wraps the number with its TokenText), otherwise null.
     */
    record Argument(Expression value, String numberText) implements CommandElement {
        public Argument(Expression value) {
            this(value, null);
        }

    }

    /** {@code @name}: splat a hashtable (named) or array (positional). */
    record Splat(String variable, Position position) implements CommandElement {
    }
}
