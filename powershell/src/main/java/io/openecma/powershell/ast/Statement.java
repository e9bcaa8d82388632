package io.openecma.powershell.ast;

import java.util.List;

/** Statements. Every statement knows where it starts for error positions. */
public sealed interface Statement {

    Position position();

    /** Dispatch over every kind of statement; a new record fails to compile until each visitor handles it. */
    <C> void accept(Visitor<C> visitor, C context);

    /** Runs a statement with a context (the interpreter: the output list). */
    interface Visitor<C> {
        void visitPipeline(Pipeline node, C context);

        void visitAssignment(Assignment node, C context);

        void visitIf(If node, C context);

        void visitWhile(While node, C context);

        void visitDoLoop(DoLoop node, C context);

        void visitFor(For node, C context);

        void visitForeach(Foreach node, C context);

        void visitSwitch(Switch node, C context);

        void visitTry(Try node, C context);

        void visitTrap(Trap node, C context);

        void visitThrow(Throw node, C context);

        void visitReturn(Return node, C context);

        void visitExit(Exit node, C context);

        void visitBreak(Break node, C context);

        void visitContinue(Continue node, C context);

        void visitFunctionDefinition(FunctionDefinition node, C context);

        void visitBlockStatement(BlockStatement node, C context);

        void visitUsing(Using node, C context);

        void visitTypeDefinitions(TypeDefinitions node, C context);

        void visitPipelineChain(PipelineChain node, C context);

        void visitBackgroundPipeline(BackgroundPipeline node, C context);
    }

    /** A pipeline of one or more elements; a bare expression is a one-element pipeline. */
    record Pipeline(List<PipelineElement> elements, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitPipeline(this, context);
        }

        public Pipeline {
            elements = List.copyOf(elements);
        }
    }

    /** {@code target op value}; value is a statement so {@code $x = if (...) {...}} works. */
    record Assignment(Expression target, String operator, Statement value, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitAssignment(this, context);
        }

    }

    record If(List<IfClause> clauses, Block elseBlock, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitIf(this, context);
        }

    }

    record IfClause(Pipeline condition, Block body) {
    }

    record While(String label, Pipeline condition, Block body, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitWhile(this, context);
        }

    }

    /** do {} while (...) and do {} until (...). */
    record DoLoop(String label, Block body, Pipeline condition, boolean until, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitDoLoop(this, context);
        }

    }

    record For(String label, Statement initializer, Pipeline condition, Statement iterator, Block body,
               Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitFor(this, context);
        }

    }

    record Foreach(String label, String variable, Pipeline collection, Block body, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitForeach(this, context);
        }

    }

    record Switch(String label, List<String> flags, Pipeline subject, List<SwitchClause> clauses, Block defaultBlock,
                  Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitSwitch(this, context);
        }

    }

    /** A switch clause's condition is an expression, a script block or a constant pattern. */
    record SwitchClause(Expression condition, Block body) {
    }

    record Try(Block body, List<CatchClause> catches, Block finallyBlock, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitTry(this, context);
        }

    }

    record CatchClause(List<TypeName> types, Block body) {
    }

    record Trap(TypeName type, Block body, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitTrap(this, context);
        }

    }

    /** {@code rethrow}: a bare {@code throw} inside a catch block (ThrowStatementAst.IsRethrow). */
    record Throw(Pipeline value, Position position, boolean rethrow) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitThrow(this, context);
        }

        public Throw(Pipeline value, Position position) {
            this(value, position, false);
        }
    }

    record Return(Pipeline value, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitReturn(this, context);
        }

    }

    /** {@code exit [code]}: ends the script. */
    record Exit(Pipeline value, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitExit(this, context);
        }

    }

    record Break(Expression label, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitBreak(this, context);
        }

    }

    record Continue(Expression label, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitContinue(this, context);
        }

    }

    record FunctionDefinition(String name, boolean filter, List<Parameter> parameters, ScriptBlockBody body,
                              Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitFunctionDefinition(this, context);
        }

    }

    record BlockStatement(Block block, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitBlockStatement(this, context);
        }

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
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitUsing(this, context);
        }

    }

    record TypeDefinitions(List<TypeDefinitionAst> types, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitTypeDefinitions(this, context);
        }

        public TypeDefinitions {
            types = List.copyOf(types);
        }
    }

    /**
     * {@code left && right} / {@code left || right} (PowerShell 7 pipeline chain operators; additive
     * to 5.1, issue #11): right runs only when left succeeded ({@code &&}) or failed ({@code ||}).
     */
    record PipelineChain(Statement left, String operator, Pipeline right, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitPipelineChain(this, context);
        }

    }

    /**
     * {@code pipeline &} (PowerShell 7 background operator; additive to 5.1, issue #11): the pipeline
     * runs as a background job; {@code text} is its source, which the job parses again.
     */
    record BackgroundPipeline(Statement pipeline, String text, Position position) implements Statement {
        @Override
        public <C> void accept(Visitor<C> visitor, C context) {
            visitor.visitBackgroundPipeline(this, context);
        }

    }
}
