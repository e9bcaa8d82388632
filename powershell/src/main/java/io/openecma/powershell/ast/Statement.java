package io.openecma.powershell.ast;

import java.util.List;

/** Statements. Every statement knows where it starts for error positions. */
public sealed interface Statement {

    Position position();

    /** A pipeline of one or more elements; a bare expression is a one-element pipeline. */
    record Pipeline(List<PipelineElement> elements, Position position) implements Statement {
        public Pipeline {
            elements = List.copyOf(elements);
        }
    }

    /** {@code target op value}; value is a statement so {@code $x = if (...) {...}} works. */
    record Assignment(Expression target, String operator, Statement value, Position position) implements Statement {
    }

    record If(List<IfClause> clauses, Block elseBlock, Position position) implements Statement {
    }

    record IfClause(Pipeline condition, Block body) {
    }

    record While(String label, Pipeline condition, Block body, Position position) implements Statement {
    }

    /** do {} while (...) and do {} until (...). */
    record DoLoop(String label, Block body, Pipeline condition, boolean until, Position position) implements Statement {
    }

    record For(String label, Statement initializer, Pipeline condition, Statement iterator, Block body,
               Position position) implements Statement {
    }

    record Foreach(String label, String variable, Pipeline collection, Block body, Position position) implements Statement {
    }

    record Switch(String label, List<String> flags, Pipeline subject, List<SwitchClause> clauses, Block defaultBlock,
                  Position position) implements Statement {
    }

    /** A switch clause's condition is an expression, a script block or a constant pattern. */
    record SwitchClause(Expression condition, Block body) {
    }

    record Try(Block body, List<CatchClause> catches, Block finallyBlock, Position position) implements Statement {
    }

    record CatchClause(List<TypeName> types, Block body) {
    }

    record Trap(TypeName type, Block body, Position position) implements Statement {
    }

    /** {@code rethrow}: a bare {@code throw} inside a catch block (ThrowStatementAst.IsRethrow). */
    record Throw(Pipeline value, Position position, boolean rethrow) implements Statement {
        public Throw(Pipeline value, Position position) {
            this(value, position, false);
        }
    }

    record Return(Pipeline value, Position position) implements Statement {
    }

    /** {@code exit [code]}: ends the script. */
    record Exit(Pipeline value, Position position) implements Statement {
    }

    record Break(Expression label, Position position) implements Statement {
    }

    record Continue(Expression label, Position position) implements Statement {
    }

    record FunctionDefinition(String name, boolean filter, List<Parameter> parameters, ScriptBlockBody body,
                              Position position) implements Statement {
    }

    record BlockStatement(Block block, Position position) implements Statement {
    }

    /**
     * The class and enum definitions of one statement list, gathered by the parser into one
     * statement at the list's start: in PowerShell types are defined when the script is parsed, so
     * they can be used before the place they are written.
     */
    /**
     * {@code using namespace N}, {@code using module NAME|PATH|@{...}} or {@code using assembly A}:
     * kind is "namespace", "module" or "assembly"; name is the bare word or string, or null when
     * spec (a module's hashtable) is given.
     */
    record Using(String kind, String name, Expression spec, Position position) implements Statement {
    }

    record TypeDefinitions(List<TypeDefinitionAst> types, Position position) implements Statement {
        public TypeDefinitions {
            types = List.copyOf(types);
        }
    }

    /**
     * {@code left && right} / {@code left || right} (PowerShell 7 pipeline chain operators; additive
     * to 5.1, issue #11): right runs only when left succeeded ({@code &&}) or failed ({@code ||}).
     */
    record PipelineChain(Statement left, String operator, Pipeline right, Position position) implements Statement {
    }

    /**
     * {@code pipeline &} (PowerShell 7 background operator; additive to 5.1, issue #11): the pipeline
     * runs as a background job; {@code text} is its source, which the job parses again.
     */
    record BackgroundPipeline(Statement pipeline, String text, Position position) implements Statement {
    }
}
