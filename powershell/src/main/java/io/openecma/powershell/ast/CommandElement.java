package io.openecma.powershell.ast;

/** An argument to a command. */
public sealed interface CommandElement {

    /** {@code -Name}, {@code -Name:value} (argument non-null when given with a colon). */
    record ParameterName(String name, Expression argument, Position position) implements CommandElement {
    }

    record Argument(Expression value) implements CommandElement {
    }

    /** {@code @name}: splat a hashtable (named) or array (positional). */
    record Splat(String variable, Position position) implements CommandElement {
    }
}
