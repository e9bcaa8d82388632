package io.openecma.powershell.ast;

import java.util.List;

/** One stage of a pipeline: a command invocation or an expression. */
public sealed interface PipelineElement {

    Position position();

    List<Redirection> redirections();

    /** An expression stage ({@code $x | ...} or just {@code $x}). */
    record ExpressionElement(Expression expression, List<Redirection> redirections, Position position)
            implements PipelineElement {
    }

    /**
     * A command: {@code name} is a bare word (or the expression after {@code &} / {@code .});
     * {@code invocation} is "", "&" or ".".
     */
    record Command(Expression name, String invocation, List<CommandElement> elements, List<Redirection> redirections,
                   Position position, boolean methodSyntax) implements PipelineElement {
    }

    /** {@code 2>&1}, {@code > file}, {@code >> file}, {@code 2> $null}. */
    record Redirection(int fromStream, boolean append, int toStream, Expression target) {
    }
}
