package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.Block;
import io.openecma.powershell.ast.CommandElement;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.Position;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.ast.TypeName;
import io.openecma.powershell.types.DotNetDictionary;
import io.openecma.powershell.types.DotNetList;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSType;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tree-walking evaluator: statements write to an output list, expressions yield values.
 * Dynamic scoping lives in {@link Scope}; commands are dispatched by {@link CommandInvoker}.
 */
public final class Interpreter {

    final ExecutionContext context;
    private Scope scope;
    private Position position = new Position("", 0, 0);
    private final StringVariables stringVariables = new StringVariables();
    private final StatementRunner statements = new StatementRunner();
    private final ExpressionEvaluator expressions = new ExpressionEvaluator();
    final CommandInvoker commands;
    private final ScopedTypeResolver typeResolver;
    /** Nesting of try blocks: outside any, a statement-terminating error lets the script go on. */
    private int tryDepth;
    /** Nesting of blocks that declare a trap: errors below them go to the trap, not the error stream. */
    private int trapDepth;
    /** $?: whether the last pipeline wrote an error (current one / previous one). */
    private PipelineStatus pipeline = new PipelineStatus(false);
    private boolean previousFailed;
    /** When non-null, non-terminating errors go here instead of the error stream (2>&1, 2>$null). */
    List<Object> errorRedirect;

    public Interpreter(ExecutionContext context) {
        this.context = context;
        this.scope = context.global();
        this.commands = new CommandInvoker(this);
        this.typeResolver = new ScopedTypeResolver(this, context.types());
        // The registry is shared with nested runspaces ([powershell]::Create()): a name is looked up in
        // the scopes of the interpreter that is running now, not of the one created last.
        context.types().setScriptTypeResolver(name -> {
            ExecutionContext running = ExecutionContext.currentOrNull();
            Interpreter in = running != null && running.interpreter() != null ? running.interpreter() : this;
            return in.typeResolver.find(name);
        });
        context.types().setUsingNamespaces(() -> {
            ExecutionContext running = ExecutionContext.currentOrNull();
            Interpreter in = running != null && running.interpreter() != null ? running.interpreter() : this;
            return in.scope().visibleNamespaces();
        });
    }

    public ExecutionContext context() {
        return context;
    }

    public Scope scope() {
        return scope;
    }

    public void setScope(Scope s) {
        scope = s;
    }

    public Position position() {
        return position;
    }

    /** Puts back the statement position after running code that is not the caller's (module analysis). */
    public void restorePosition(Position p) {
        position = p;
    }

    /** Runs an action as if inside a try block, so statement-terminating errors reach the caller (see HostedInvocation). */
    <T> T insideTry(java.util.function.Supplier<T> action) {
        tryDepth++;
        try {
            return action.get();
        } finally {
            tryDepth--;
        }
    }

    void resetScope() {
        scope = context.global();
    }

    // ---------------------------------------------------------------- blocks and statements

    public void runBlock(Block block, List<Object> out) {
        if (block == null) {
            return;
        }
        List<Statement.Trap> traps = null;
        List<Statement> statements = block.statements();
        int count = statements.size();
        for (int i = 0; i < count; i++) { // by index: no iterator per block run
            if (statements.get(i) instanceof Statement.Trap t) {
                if (traps == null) {
                    traps = new ArrayList<>();
                }
                traps.add(t);
            }
        }
        for (int i = 0; i < count; i++) {
            Statement s = statements.get(i);
            if (s instanceof Statement.Trap) {
                continue;
            }
            if (traps == null) {
                try {
                    exec(s, out);
                } catch (PSRuntimeException e) {
                    if (!continuesAfter(e, out)) {
                        throw e;
                    }
                }
                continue;
            }
            trapDepth++;
            try {
                exec(s, out);
            } catch (PSRuntimeException e) {
                trapDepth--;
                boolean handled;
                try {
                    handled = runTrap(traps, e, out);
                } finally {
                    trapDepth++;
                }
                if (!handled) {
                    throw e;
                }
            } finally {
                trapDepth--;
            }
        }
    }

    /**
     * Runtime errors (method exceptions, strict-mode violations, failed conversions, binding errors,
     * a cmdlet's terminating error) are statement-terminating in PowerShell: with no try/catch or
     * trap to take them, they are written to the error stream ($Error, $? false) and the script goes
     * on with the next statement, unless $ErrorActionPreference is Stop. {@code throw} and errors
     * escalated by a Stop preference end the script (a throw under SilentlyContinue does not, as in 5.1).
     */
    private boolean continuesAfter(PSRuntimeException e, List<Object> out) {
        if (tryDepth > 0 || trapDepth > 0) {
            return false;
        }
        String pref = LanguagePrimitives.toStringValue(getVariableOrNull("ErrorActionPreference"));
        if (e.scriptTerminating()) {
            // 5.1 quirk: the preference variable applies to every error kind, so SilentlyContinue silences throw.
            // -ErrorAction Ignore on an advanced function suppresses its throw too (CommandErrorHandling.Tests).
            if (e.thrown() && (pref.equalsIgnoreCase("SilentlyContinue") || pref.equalsIgnoreCase("Ignore"))) {
                addToErrorVariable(errorRecord(e));
                pipeline.failed = true;
                previousFailed = true;
                return true;
            }
            return false;
        }
        if (pref.equalsIgnoreCase("Stop")) {
            e.markScriptTerminating();
            return false;
        }
        writeError(errorRecord(e), out);
        pipeline.failed = true;
        previousFailed = true;
        return true;
    }

    /** Runs the matching trap; true to continue with the next statement. */
    private boolean runTrap(List<Statement.Trap> traps, PSRuntimeException e, List<Object> out) {
        ErrorRecord record = errorRecord(e);
        for (Statement.Trap t : traps) {
            PSType type = t.type() == null ? null : resolveType(t.type());
            if (type != null && !ExceptionHandlerMatch.matches(context.types(), e, type)) {
                continue;
            }
            Object savedUnderscore = getLocal("_");
            scope.set("_", record);
            try {
                runBlock(t.body(), out);
            } catch (ControlFlow.Continue c) {
                return true;
            } catch (ControlFlow.Break b) {
                return false;
            } finally {
                scope.set("_", savedUnderscore);
            }
            writeError(record, out);
            return true;
        }
        return false;
    }

    private Object getLocal(String name) {
        PSVariable v = scope.local(name);
        return v == null ? null : v.value();
    }

    void exec(Statement s, List<Object> out) {
        context.checkCancelled();
        position = s.position();
        s.accept(statements, out);
    }

    /** Runs each kind of statement; the output list is the context. */
    private final class StatementRunner implements Statement.Visitor<List<Object>> {
        @Override
        public void visitPipeline(Statement.Pipeline p, List<Object> out) {
            runPipeline(p, out);
        }

        @Override
        public void visitAssignment(Statement.Assignment a, List<Object> out) {
            assign(a);
        }

        @Override
        public void visitPipelineChain(Statement.PipelineChain c, List<Object> out) {
            Ps7Evaluation.chain(Interpreter.this, c, out);
        }

        @Override
        public void visitBackgroundPipeline(Statement.BackgroundPipeline b, List<Object> out) {
            out.add(Ps7Evaluation.background(Interpreter.this, b));
        }

        @Override
        public void visitIf(Statement.If i, List<Object> out) {
            execIf(i, out);
        }

        @Override
        public void visitWhile(Statement.While w, List<Object> out) {
            execWhile(w, out);
        }

        @Override
        public void visitDoLoop(Statement.DoLoop d, List<Object> out) {
            execDo(d, out);
        }

        @Override
        public void visitFor(Statement.For f, List<Object> out) {
            execFor(f, out);
        }

        @Override
        public void visitForeach(Statement.Foreach f, List<Object> out) {
            execForeach(f, out);
        }

        @Override
        public void visitSwitch(Statement.Switch sw, List<Object> out) {
            execSwitch(sw, out);
        }

        @Override
        public void visitTry(Statement.Try t, List<Object> out) {
            execTry(t, out);
        }

        /** Trap statements are registered by the enclosing block; reaching one does nothing. */
        @Override
        public void visitTrap(Statement.Trap t, List<Object> out) {
        }

        @Override
        public void visitThrow(Statement.Throw t, List<Object> out) {
            RuntimeException thrown = throwValue(t);
            if (thrown instanceof PSRuntimeException p) {
                p.markThrown();
            }
            throw thrown;
        }

        @Override
        public void visitReturn(Statement.Return r, List<Object> out) {
            execReturn(r, out);
        }

        @Override
        public void visitExit(Statement.Exit e, List<Object> out) {
            Object code = e.value() == null ? 0 : pipelineValue(e.value());
            throw new ControlFlow.Exit(code == null ? 0 : LanguagePrimitives.toNumber(code).intValue());
        }

        @Override
        public void visitBreak(Statement.Break b, List<Object> out) {
            throw new ControlFlow.Break(label(b.label()));
        }

        @Override
        public void visitContinue(Statement.Continue c, List<Object> out) {
            throw new ControlFlow.Continue(label(c.label()));
        }

        @Override
        public void visitFunctionDefinition(Statement.FunctionDefinition f, List<Object> out) {
            defineFunction(f);
        }

        @Override
        public void visitBlockStatement(Statement.BlockStatement b, List<Object> out) {
            runBlock(b.block(), out);
        }

        @Override
        public void visitTypeDefinitions(Statement.TypeDefinitions t, List<Object> out) {
            io.openecma.powershell.runtime.classes.TypeDefiner.define(Interpreter.this, t);
        }

        @Override
        public void visitUsing(Statement.Using u, List<Object> out) {
            UsingDirectives.run(Interpreter.this, u);
        }
    }

    /** A class method's return hands its value over; elsewhere return writes its pipeline's output. */
    private void execReturn(Statement.Return r, List<Object> out) {
        if (out instanceof io.openecma.powershell.runtime.classes.MethodOutput m) {
            m.setReturnValue(r.value() == null ? null : pipelineValue(r.value()));
        } else if (r.value() != null) {
            runPipeline(r.value(), out);
        }
        throw new ControlFlow.Return();
    }

    /**
     * Runs a class method's body in the current scope. As in 5.1, an error inside a method is
     * terminating for it (as inside try), and only return statements give output.
     */
    public void runMethodBody(Block body, List<Object> out) {
        tryDepth++;
        try {
            runBlock(body, out);
        } catch (ControlFlow.Return r) {
            // the value, if any, is in out
        } finally {
            tryDepth--;
        }
    }

    private String label(Expression e) {
        return e == null ? null : LanguagePrimitives.toStringValue(eval(e));
    }

    private void defineFunction(Statement.FunctionDefinition f) {
        String name = f.name();
        Scope target = scope;
        int colon = name.indexOf(':');
        String prefix = colon > 0 ? name.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        // Only a scope qualifies a function name: 'function a?b:c' is named 'a?b:c' (Parsing.Tests.ps1).
        if (Set.of("global", "script", "local", "private").contains(prefix)) {
            name = name.substring(colon + 1);
            if (prefix.equals("global")) {
                target = context.global();
            } else if (prefix.equals("script")) {
                target = scope.scriptScope();
            }
        }
        target.defineFunction(new FunctionInfo(name, f.filter(), f.parameters(), f.body(), scope.module()));
    }

    private RuntimeException throwValue(Statement.Throw t) {
        if (t.rethrow() && LanguagePrimitives.base(getVariableOrNull("_")) instanceof ErrorRecord current) {
            return current.carrier();
        }
        Object v = t.value() == null ? null : LanguagePrimitives.base(pipelineValue(t.value()));
        PSRuntimeException e;
        if (v instanceof ErrorRecord r) {
            return r.carrier();
        }
        if (v instanceof PSRuntimeException p) {
            e = p;
        } else if (v instanceof Throwable th) {
            e = new PSRuntimeException(io.openecma.powershell.types.TypeRegistry.typeNameOf(th),
                    th.getMessage(), null, th);
        } else if (v == null) {
            e = new PSRuntimeException("System.Management.Automation.RuntimeException", "ScriptHalted");
        } else {
            e = new PSRuntimeException("System.Management.Automation.RuntimeException", LanguagePrimitives.toStringValue(v));
            new ErrorRecord(e, LanguagePrimitives.toStringValue(v), "OperationStopped", v, invocationInfo(t.position()));
            return e;
        }
        if (e.errorRecord() == null) {
            new ErrorRecord(e, e.getMessage(), "OperationStopped", null, invocationInfo(t.position()));
        }
        return e;
    }

    private void execIf(Statement.If i, List<Object> out) {
        for (Statement.IfClause c : i.clauses()) {
            if (LanguagePrimitives.isTrue(pipelineValue(c.condition()))) {
                runBlock(c.body(), out);
                return;
            }
        }
        runBlock(i.elseBlock(), out);
    }

    /** Runs a loop body; returns false when the loop must stop (break). */
    private boolean loopBody(String label, Block body, List<Object> out) {
        try {
            runBlock(body, out);
            return true;
        } catch (ControlFlow.Break b) {
            if (b.label == null || b.label.equalsIgnoreCase(label)) {
                return false;
            }
            throw b;
        } catch (ControlFlow.Continue c) {
            if (c.label == null || c.label.equalsIgnoreCase(label)) {
                return true;
            }
            throw c;
        }
    }

    private void execWhile(Statement.While w, List<Object> out) {
        while (LanguagePrimitives.isTrue(pipelineValue(w.condition()))) {
            context.checkCancelled();
            if (!loopBody(w.label(), w.body(), out)) {
                return;
            }
        }
    }

    private void execDo(Statement.DoLoop d, List<Object> out) {
        do {
            context.checkCancelled();
            if (!loopBody(d.label(), d.body(), out)) {
                return;
            }
        } while (LanguagePrimitives.isTrue(conditionValue(d.condition())) != d.until());
    }

    /** A loop condition, evaluated at its own position (an error in it is reported on its line). */
    private Object conditionValue(Statement.Pipeline condition) {
        position = condition.position();
        return pipelineValue(condition);
    }

    private void execFor(Statement.For f, List<Object> out) {
        if (f.initializer() != null) {
            exec(f.initializer(), out);
        }
        while (f.condition() == null || LanguagePrimitives.isTrue(conditionValue(f.condition()))) {
            context.checkCancelled();
            if (!loopBody(f.label(), f.body(), out)) {
                return;
            }
            if (f.iterator() != null) {
                exec(f.iterator(), out);
            }
        }
    }

    private void execForeach(Statement.Foreach f, List<Object> out) {
        Object collection = pipelineValue(f.collection());
        java.util.Iterator<?> it = LanguagePrimitives.unwrapNull(collection) == null ? List.of().iterator()
                : LanguagePrimitives.isEnumerable(collection) ? LanguagePrimitives.iterate(collection)
                : List.of(collection).iterator();
        while (it.hasNext()) {
            context.checkCancelled();
            setVariable("", f.variable(), it.next());
            if (!loopBody(f.label(), f.body(), out)) {
                return;
            }
        }
    }

    private void execSwitch(Statement.Switch sw, List<Object> out) {
        Object subject = pipelineValue(sw.subject());
        List<Object> items = LanguagePrimitives.isEnumerable(subject) ? LanguagePrimitives.toList(subject)
                : java.util.Collections.singletonList(LanguagePrimitives.unwrapNull(subject));
        boolean regex = sw.flags().contains("regex");
        boolean wildcard = sw.flags().contains("wildcard");
        boolean cs = sw.flags().contains("casesensitive");
        Object saved = getLocal("_");
        try {
            for (Object item : items) {
                scope.set("_", item);
                boolean matched = false;
                try {
                    for (Statement.SwitchClause c : sw.clauses()) {
                        if (clauseMatches(c.condition(), item, regex, wildcard, cs)) {
                            matched = true;
                            runBlock(c.body(), out);
                        }
                    }
                    if (!matched && sw.defaultBlock() != null) {
                        runBlock(sw.defaultBlock(), out);
                    }
                } catch (ControlFlow.Continue c) {
                    if (c.label != null && !c.label.equalsIgnoreCase(sw.label())) {
                        throw c;
                    }
                }
            }
        } catch (ControlFlow.Break b) {
            if (b.label != null && !b.label.equalsIgnoreCase(sw.label())) {
                throw b;
            }
        } finally {
            scope.set("_", saved);
        }
    }

    private boolean clauseMatches(Expression condition, Object item, boolean regex, boolean wildcard, boolean cs) {
        if (condition instanceof Expression.ScriptBlock sb) {
            List<Object> result = new ArrayList<>();
            ScriptBlock block = new ScriptBlock(sb.body(), scope.module());
            result.addAll(invokeScriptBlock(block, item, List.of(), true, null));
            return LanguagePrimitives.isTrue(LanguagePrimitives.fromPipeline(result));
        }
        Object value = eval(condition);
        if (regex) {
            return LanguagePrimitives.isTrue(Operators.match(item, value, cs, false, m -> scope.set("Matches", m)));
        }
        if (wildcard) {
            return LanguagePrimitives.isTrue(Operators.compare(cs ? "-clike" : "-like",
                    LanguagePrimitives.toStringValue(item), value));
        }
        Object l = LanguagePrimitives.base(item);
        if (l instanceof String || value instanceof String) {
            return LanguagePrimitives.equals(LanguagePrimitives.toStringValue(l), value, cs);
        }
        return LanguagePrimitives.equals(l, value, cs);
    }

    private void execTry(Statement.Try t, List<Object> out) {
        try {
            try {
                tryDepth++;
                try {
                    runBlock(t.body(), out);
                } finally {
                    tryDepth--;
                }
            } catch (PSRuntimeException e) {
                ErrorRecord record = errorRecord(e);
                addToErrorVariable(record);
                // ExceptionHandlingOps.SetErrorVariables: a caught error goes to the statement's pipe variables too.
                PipeVariables variables = PipeVariables.of(out);
                if (variables != null) {
                    variables.appendError(record);
                }
                for (Statement.CatchClause c : t.catches()) {
                    if (catches(c, e)) {
                        Object saved = getLocal("_");
                        scope.set("_", record);
                        scope.set("PSItem", record);
                        try {
                            runBlock(c.body(), out);
                        } finally {
                            scope.set("_", saved);
                        }
                        return;
                    }
                }
                throw e;
            }
        } finally {
            if (t.finallyBlock() != null) {
                runBlock(t.finallyBlock(), out);
            }
        }
    }

    private boolean catches(Statement.CatchClause c, PSRuntimeException e) {
        if (c.types().isEmpty()) {
            return true;
        }
        for (TypeName tn : c.types()) {
            if (ExceptionHandlerMatch.matches(context.types(), e, resolveType(tn))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- errors

    InvocationInfo invocationInfo(Position p) {
        return new InvocationInfo(p.file(), p.line(), p.column(),
                io.openecma.powershell.parser.SourceLines.line(p.file(), p.line()), "");
    }

    public ErrorRecord errorRecord(PSRuntimeException e) {
        if (e.errorRecord() != null) {
            return e.errorRecord();
        }
        String id = e.errorId() != null ? e.errorId() : e.typeName().substring(e.typeName().lastIndexOf('.') + 1);
        // ErrorRecord.FullyQualifiedErrorId: "<ErrorId>,<command>" when the record names a command.
        String fqid = e.commandTypeName() == null ? id : id + "," + e.commandTypeName();
        InvocationInfo at = new InvocationInfo(position.file(), position.line(), position.column(),
                io.openecma.powershell.parser.SourceLines.line(position.file(), position.line()),
                e.commandName() == null ? "" : e.commandName());
        return new ErrorRecord(e, fqid, e.category() == null ? "NotSpecified" : e.category(), e.targetObject(), at);
    }

    /** Converts unexpected Java exceptions into PowerShell runtime errors. */
    PSRuntimeException asScriptError(RuntimeException e) {
        if (e instanceof PSRuntimeException p) {
            return p;
        }
        if (e instanceof io.openecma.powershell.dotnet.DotNetConversionException c) {
            return new PSRuntimeException("System.Management.Automation.PSInvalidCastException", c.getMessage());
        }
        if (e instanceof io.openecma.powershell.dotnet.DotNetFormatException f) {
            return new PSRuntimeException("FormatException", f.getMessage());
        }
        return new PSRuntimeException("System.Management.Automation.RuntimeException",
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }

    void addToErrorVariable(ErrorRecord record) {
        PSVariable v = context.global().local("Error");
        if (v != null && v.value() instanceof DotNetList list) {
            if (list.isEmpty() || list.get(0) != record) {
                list.add(0, record);
            }
        }
    }

    /** Reports a non-terminating error according to $ErrorActionPreference. */
    public void writeError(ErrorRecord record, List<Object> out) {
        pipeline.failed = true;
        String pref = LanguagePrimitives.toStringValue(getVariableOrNull("ErrorActionPreference"));
        if (pref.equalsIgnoreCase("ignore")) {
            return;
        }
        // MshCommandRuntime: every kind but Ignore records the error in the pipe's -ErrorVariable lists.
        PipeVariables variables = PipeVariables.of(out);
        if (pref.equalsIgnoreCase("stop")) {
            // MshCommandRuntime.WriteError: Stop throws an ActionPreferenceStopException, which
            // ManageException appends to -ErrorVariable (the record itself is what catch sees).
            ActionPreferenceStopException stop = new ActionPreferenceStopException(record, "ErrorActionPreference");
            if (variables != null) {
                variables.appendError(stop);
            }
            throw stop;
        }
        if (variables != null) {
            variables.appendError(record);
        }
        switch (pref.toLowerCase(Locale.ROOT)) {
            case "silentlycontinue" -> {
                addToErrorVariable(record);
                return;
            }
            default -> {
                addToErrorVariable(record);
                if (errorRedirect != null) {
                    errorRedirect.add(record);
                } else {
                    context.errors.add(record);
                }
            }
        }
    }

    // ---------------------------------------------------------------- pipelines

    /** {@code $?}: whether the last pipeline ran without errors. */
    boolean lastSucceeded() {
        return !previousFailed;
    }

    /** Runs a pipeline, appending its output to {@code out}. */
    public void runPipeline(Statement.Pipeline p, List<Object> out) {
        PipelineStatus enclosing = pipeline;
        pipeline = new PipelineStatus(p.elements().size() == 1 && p.elements().get(0) instanceof PipelineElement.ExpressionElement);
        try {
            runStages(p, out);
        } catch (RuntimeException e) {
            pipeline.failed = true;
            throw e;
        } finally {
            previousFailed = pipeline.failed;
            pipeline = enclosing;
            if (enclosing.expressionOnly) {
                enclosing.failed = previousFailed; // the last nested pipeline decides, as $? would
            }
        }
    }

    /** The pipeline running now (a function's $PSCmdlet.WriteError fails its caller's). */
    PipelineStatus pipelineStatus() {
        return pipeline;
    }

    private void runStages(Statement.Pipeline p, List<Object> out) {
        List<Object> input = null;
        List<PipelineElement> elements = p.elements();
        for (int i = 0; i < elements.size(); i++) {
            PipelineElement element = elements.get(i);
            int perItem = i > 0 ? PerItemStages.length(elements, i) : 0;
            if (perItem >= 2) {
                int last = i + perItem - 1;
                input = runPerItem(elements.subList(i, last + 1), input, last == elements.size() - 1 ? out : null);
                i = last;
                continue;
            }
            // The last stage writes to the statement's own pipe, with its -OutVariable/-ErrorVariable lists.
            List<Object> stageOut = i == elements.size() - 1 && out instanceof OutputPipe pipe ? pipe.stage() : new ArrayList<>();
            List<Object> savedRedirect = errorRedirect;
            List<Object> errorsHere = null;
            boolean discardOutput = false;
            String outFile = null;
            boolean append = false;
            ErrorFile errorFile = null;
            for (PipelineElement.Redirection r : element.redirections()) {
                if (r.target() == null) {
                    if ((r.fromStream() == 2 || r.fromStream() == 0) && r.toStream() == 1) {
                        errorsHere = stageOut;
                    }
                } else {
                    Object target = eval(r.target());
                    boolean toNull = LanguagePrimitives.unwrapNull(target) == null;
                    if (r.fromStream() == 2) {
                        errorsHere = new ArrayList<>();
                        errorFile = toNull ? null : new ErrorFile(LanguagePrimitives.toStringValue(target), r.append());
                    } else if (r.fromStream() == 1 || r.fromStream() == 0) {
                        if (toNull) {
                            discardOutput = true;
                        } else {
                            outFile = LanguagePrimitives.toStringValue(target);
                            append = r.append();
                        }
                        if (r.fromStream() == 0) {
                            errorsHere = new ArrayList<>();
                        }
                    }
                }
            }
            if (errorsHere != null) {
                errorRedirect = errorsHere;
            }
            InformationalStreams.Stage streams = context.informationalStreams().open(element.redirections(), stageOut, this::eval);
            try {
                position = element.position();
                if (element instanceof PipelineElement.ExpressionElement ee) {
                    Object value = eval(ee.expression());
                    boolean statementIncrement = elements.size() == 1 && ee.expression() instanceof Expression.Unary u
                            && (u.operator().equals("++") || u.operator().equals("--"));
                    if (!statementIncrement) {
                        writeEnumerated(value, stageOut);
                    }
                } else {
                    commands.invoke((PipelineElement.Command) element, input, stageOut);
                }
            } catch (RuntimeException e) {
                // What the last stage wrote before failing has already reached the caller in PowerShell.
                if (i == elements.size() - 1 && !discardOutput && outFile == null) {
                    out.addAll(stageOut);
                }
                throw e;
            } finally {
                errorRedirect = savedRedirect;
                streams.close();
                if (errorFile != null) {
                    writeFile(errorFile.path(), errorsHere, errorFile.append());
                }
            }
            streams.writeFiles(this::writeFile);
            if (outFile != null && VariableRedirection.isVariablePath(outFile)) {
                VariableRedirection.write(this, outFile, stageOut, append);
                stageOut = new ArrayList<>();
            } else if (outFile != null) {
                writeFile(outFile, stageOut, append);
                stageOut = new ArrayList<>();
            } else if (discardOutput) {
                stageOut = new ArrayList<>();
            }
            input = stageOut;
        }
        if (input != null) {
            out.addAll(input);
        }
    }

    /** Adjacent per-item stages run interleaved; {@code out} is the statement's pipe when they end the pipeline. */
    private List<Object> runPerItem(List<PipelineElement> stages, List<Object> input, List<Object> out) {
        List<Object> stageOut = out instanceof OutputPipe pipe ? pipe.stage() : new ArrayList<>();
        try {
            PerItemStages.run(stages, input == null ? List.of() : input, stageOut, (stage, in, o) -> {
                position = stage.position();
                commands.invoke(stage, in, o);
            });
        } catch (RuntimeException e) {
            if (out != null) {
                out.addAll(stageOut);
            }
            throw e;
        }
        return stageOut;
    }

    /** Where {@code 2> file} / {@code 2>> file} writes the stage's errors. */
    private record ErrorFile(String path, boolean append) {
    }

    private void writeFile(String path, List<Object> items, boolean append) {
        java.nio.file.Path file = context.fileSystem().resolve(path);
        StringBuilder sb = new StringBuilder();
        for (Object o : items) {
            sb.append(LanguagePrimitives.toStringValue(o)).append(System.lineSeparator());
        }
        try {
            if (append) {
                java.nio.file.Files.writeString(file, sb, java.nio.charset.StandardCharsets.UTF_16LE,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } else {
                java.nio.file.Files.write(file, concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                        sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
            }
        } catch (java.io.IOException e) {
            throw new PSRuntimeException("System.IO.IOException", e.getMessage());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Writes a value to output, unrolling one level of collections; "nothing" writes nothing. */
    public static void writeEnumerated(Object value, List<Object> out) {
        if (value == AutomationNull.VALUE) {
            return;
        }
        if (LanguagePrimitives.isEnumerable(value)) {
            LanguagePrimitives.iterate(value).forEachRemaining(out::add);
        } else {
            out.add(value);
        }
    }

    /** The value of a pipeline used as a value: a lone expression keeps its value; commands collect. */
    public Object pipelineValue(Statement.Pipeline p) {
        if (p.elements().size() == 1 && p.elements().get(0) instanceof PipelineElement.ExpressionElement ee
                && ee.redirections().isEmpty()) {
            return eval(ee.expression());
        }
        List<Object> out = new io.openecma.powershell.runtime.limits.BudgetedList();
        runPipeline(p, out);
        return LanguagePrimitives.fromPipeline(out);
    }

    /** The value of a statement on the right of '=' or in a hashtable entry. */
    Object statementValue(Statement s) {
        if (s instanceof Statement.Pipeline p) {
            return LanguagePrimitives.unwrapNull(pipelineValue(p));
        }
        if (s instanceof Statement.Assignment a) {
            return assign(a);
        }
        List<Object> out = new io.openecma.powershell.runtime.limits.BudgetedList();
        try {
            exec(s, out);
        } catch (ControlFlow.Return r) {
            throw r.carry(out);
        }
        return LanguagePrimitives.fromPipeline(out);
    }

    // ---------------------------------------------------------------- assignment

    private Object assign(Statement.Assignment a) {
        if (a.operator().equals("??=")) {
            Object current = eval(a.target());
            if (!Ps7Evaluation.isNull(current)) {
                return current;
            }
        }
        Object value = statementValue(a.value());
        if (!a.operator().equals("=") && !a.operator().equals("??=")) {
            Object current = eval(a.target());
            value = switch (a.operator()) {
                case "+=" -> Operators.add(current, value);
                case "-=" -> Operators.subtract(current, value);
                case "*=" -> Operators.multiply(current, value);
                case "/=" -> Operators.divide(current, value);
                case "%=" -> Operators.remainder(current, value);
                default -> throw new IllegalStateException(a.operator());
            };
        }
        assignTo(a.target(), value);
        // Used as a value, an assignment to a variable yields what the variable now holds, after its
        // type constraint converted it: ([bool] $var = 42) is $true (Scripting.Followup.Tests.ps1).
        Expression target = a.target() instanceof Expression.Convert c ? c.operand() : a.target();
        if (target instanceof Expression.Variable v && !v.scope().equalsIgnoreCase("env")) {
            PSVariable var = findVariable(v.scope(), v.name());
            if (var != null) {
                return var.value();
            }
        }
        return value;
    }

    void assignTo(Expression target, Object value) {
        value = LanguagePrimitives.unwrapNull(value);
        if (target instanceof Expression.Variable v) {
            setVariable(v.scope(), v.name(), value);
        } else if (target instanceof Expression.Convert c && c.operand() instanceof Expression.Variable v) {
            PSType type = resolveType(c.type());
            Object converted = type.convert(value);
            setVariable(v.scope(), v.name(), converted);
            PSVariable var = findVariable(v.scope(), v.name());
            if (var != null) {
                var.constrain(type);
            }
        } else if (target instanceof Expression.Member m) {
            String name = memberName(m.member());
            if (m.isStatic()) {
                Members.setStatic(typeOfStaticTarget(m.target()), name, value);
            } else {
                Members.setProperty(eval(m.target()), name, value);
            }
        } else if (target instanceof Expression.Index ix) {
            setIndex(eval(ix.target()), eval(ix.index()), value);
        } else if (target instanceof Expression.ArrayLiteral arr) {
            List<Object> values = LanguagePrimitives.toList(value);
            List<Expression> targets = arr.elements();
            for (int i = 0; i < targets.size(); i++) {
                Object v;
                if (i == targets.size() - 1 && values.size() > targets.size()) {
                    v = values.subList(i, values.size()).toArray();
                } else {
                    v = i < values.size() ? values.get(i) : null;
                }
                assignTo(targets.get(i), v);
            }
        } else if (target instanceof Expression.Paren p && p.inner() instanceof Statement.Pipeline pl
                && pl.elements().size() == 1 && pl.elements().get(0) instanceof PipelineElement.ExpressionElement ee) {
            assignTo(ee.expression(), value);
        } else {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.");
        }
    }

    private void setIndex(Object target, Object index, Object value) {
        Object t = LanguagePrimitives.base(target);
        if (t instanceof PSHashtable h) {
            h.put(index, value);
        } else if (t instanceof DotNetDictionary d) {
            d.put(d.keyType().convert(index), d.valueType().convert(value));
        } else if (t instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<Object, Object> mm = (Map<Object, Object>) m;
            mm.put(index, value);
        } else if (t != null && t.getClass().isArray()) {
            int i = LanguagePrimitives.toNumber(index).intValue();
            int len = Array.getLength(t);
            if (i < 0) {
                i += len;
            }
            if (i < 0 || i >= len) {
                throw new PSRuntimeException("IndexOutOfRangeException", "Index was outside the bounds of the array.");
            }
            Array.set(t, i, LanguagePrimitives.convertTo(value, t.getClass().getComponentType()));
        } else if (t instanceof DotNetList l) {
            int i = LanguagePrimitives.toNumber(index).intValue();
            if (i < 0 || i >= l.size()) {
                throw new PSRuntimeException("ArgumentOutOfRangeException",
                        "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            l.set(i, l.accept(value));
        } else if (t instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> ll = (List<Object>) l;
            ll.set(LanguagePrimitives.toNumber(index).intValue(), value);
        } else {
            Object r = Members.invoke(t, "set_Item", List.of(index, value));
            if (r == Members.MISSING) {
                throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                        "Unable to index into an object of type " + io.openecma.powershell.types.TypeRegistry.typeNameOf(t) + ".");
            }
        }
    }

    // ---------------------------------------------------------------- variables

    private PSVariable findVariable(String scopeName, String name) {
        return switch (scopeName) {
            case "global" -> context.global().local(name);
            case "script" -> scope.scriptScope().local(name);
            case "local", "private" -> scope.local(name);
            default -> scope.find(name);
        };
    }

    public Object getVariable(String scopeName, String name) {
        return getVariable(scopeName, name, null);
    }

    /** {@code node}: the reference being evaluated (null when not from script text), for strict mode's string rule. */
    private Object getVariable(String scopeName, String name, Expression.Variable node) {
        if (name.equals("?") && scopeName.isEmpty()) {
            return !previousFailed;
        }
        if (scopeName.equals("env")) {
            return context.environment().get(name.toUpperCase(Locale.ROOT));
        }
        if (scopeName.equals("variable") || scopeName.equals("using")) {
            scopeName = "";
        }
        PSVariable v = findVariable(scopeName, name);
        if (v == null) {
            if (name.equals("_") || name.equalsIgnoreCase("PSItem") || name.equalsIgnoreCase("args")
                    || name.equalsIgnoreCase("input") || name.equalsIgnoreCase("Matches")) {
                return name.equalsIgnoreCase("args") ? new Object[0] : null;
            }
            int strict = scope.strictVersion();
            if (strict >= 2 || strict == 1 && (node == null || !stringVariables.isInsideString(node))) {
                throw RuntimeErrors.variableIsUndefined(name);
            }
            return null;
        }
        return v.value();
    }

    public Object getVariableOrNull(String name) {
        PSVariable v = scope.find(name);
        return v == null ? null : v.value();
    }

    public void setVariable(String scopeName, String name, Object value) {
        if (DollarNull.discards(scopeName, name)) {
            return;
        }
        if (name.equals("?") && (scopeName.isEmpty() || scopeName.equals("global") || scopeName.equals("local"))) {
            throw PSVariable.notWritable(name); // $? is the engine's (5.1: SessionStateUnauthorizedAccessException)
        }
        value = LanguagePrimitives.unwrapNull(value);
        switch (scopeName) {
            case "env" -> {
                if (value == null || "".equals(value)) {
                    context.environment().remove(name.toUpperCase(Locale.ROOT));
                } else {
                    context.environment().put(name.toUpperCase(Locale.ROOT), LanguagePrimitives.toStringValue(value));
                }
            }
            case "global" -> context.global().set(name, value);
            case "script" -> scope.scriptScope().set(name, value);
            case "private" -> {
                scope.set(name, value);
                scope.local(name).makePrivate();
            }
            default -> scope.set(name, value);
        }
    }

    // ---------------------------------------------------------------- expressions

    public Object eval(Expression e) {
        return e.accept(expressions);
    }

    /** Evaluates each kind of expression to its value. */
    private final class ExpressionEvaluator implements Expression.Visitor<Object> {
        @Override
        public Object visitConstant(Expression.Constant c) {
            return c.value();
        }

        @Override
        public Object visitStringConstant(Expression.StringConstant s) {
            return s.value();
        }

        @Override
        public Object visitExpandableString(Expression.ExpandableString s) {
            // An expandable string is a value of its own: errors in its $( ) parts leave $? true
            // (DollarHook.Tests.ps1: '"Hi $(Write-Error "Bad")"; $?' is True).
            boolean failedBefore = pipeline.failed;
            String text = expand(s);
            pipeline.failed = failedBefore;
            return text;
        }

        @Override
        public Object visitVariable(Expression.Variable v) {
            return getVariable(v.scope(), v.name(), v);
        }

        @Override
        public Object visitMember(Expression.Member m) {
            return member(m);
        }

        @Override
        public Object visitInvokeMember(Expression.InvokeMember m) {
            return invokeMember(m);
        }

        @Override
        public Object visitGenericInvokeMember(Expression.GenericInvokeMember g) {
            return Ps7Evaluation.genericCall(Interpreter.this, g);
        }

        @Override
        public Object visitBinary(Expression.Binary b) {
            return b.operator().equals("??") ? Ps7Evaluation.coalesce(Interpreter.this, b) : binary(b);
        }

        @Override
        public Object visitTernary(Expression.Ternary t) {
            return Ps7Evaluation.ternary(Interpreter.this, t);
        }

        @Override
        public Object visitNullConditional(Expression.NullConditional n) {
            return Ps7Evaluation.nullConditional(Interpreter.this, n);
        }

        @Override
        public Object visitIndex(Expression.Index i) {
            return index(i);
        }

        @Override
        public Object visitArrayLiteral(Expression.ArrayLiteral a) {
            Object[] items = new Object[a.elements().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = LanguagePrimitives.unwrapNull(eval(a.elements().get(i)));
            }
            return items;
        }

        @Override
        public Object visitArrayExpression(Expression.ArrayExpression a) {
            List<Object> out = new io.openecma.powershell.runtime.limits.BudgetedList();
            runBlock(a.body(), out);
            return out.toArray();
        }

        @Override
        public Object visitSubExpression(Expression.SubExpression s) {
            List<Object> out = new io.openecma.powershell.runtime.limits.BudgetedList();
            try {
                runBlock(s.body(), out);
            } catch (ControlFlow.Return r) {
                throw r.carry(out);
            }
            return out.isEmpty() ? AutomationNull.VALUE : LanguagePrimitives.fromPipeline(out);
        }

        @Override
        public Object visitParen(Expression.Paren p) {
            return p.inner() instanceof Statement.Pipeline pl ? pipelineValue(pl) : statementValue(p.inner());
        }

        @Override
        public Object visitHashtable(Expression.Hashtable h) {
            PSHashtable table = new PSHashtable(h.ordered());
            for (Expression.HashEntry entry : h.entries()) {
                Object key = LanguagePrimitives.base(eval(entry.key()));
                if (table.containsKey(key)) {
                    throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                            "Duplicate keys '" + key + "' are not allowed in hash literals.");
                }
                table.put(key, statementValue(entry.value()));
            }
            return table;
        }

        @Override
        public Object visitScriptBlock(Expression.ScriptBlock sb) {
            return new ScriptBlock(sb.body(), scope.module());
        }

        @Override
        public Object visitUnary(Expression.Unary u) {
            return unary(u);
        }

        @Override
        public Object visitConvert(Expression.Convert c) {
            return convert(c);
        }

        @Override
        public Object visitTypeLiteral(Expression.TypeLiteral t) {
            return resolveType(t.type());
        }
    }

    private String expand(Expression.ExpandableString s) {
        stringVariables.register(s);
        StringBuilder sb = new StringBuilder();
        for (Object part : s.parts()) {
            if (part instanceof String str) {
                sb.append(str);
            } else {
                Object v = eval((Expression) part);
                if (LanguagePrimitives.isEnumerable(v)) {
                    String ofs = LanguagePrimitives.toStringValue(getVariableOrNull("OFS"));
                    StringBuilder joined = new StringBuilder();
                    boolean first = true;
                    for (Object item : LanguagePrimitives.toList(v)) {
                        if (!first) {
                            joined.append(ofs);
                        }
                        first = false;
                        joined.append(LanguagePrimitives.toStringValue(item));
                    }
                    sb.append(joined);
                } else {
                    sb.append(LanguagePrimitives.toStringValue(v));
                }
                io.openecma.powershell.runtime.limits.MemoryBudget.chars(sb.length());
            }
        }
        return sb.toString();
    }

    private Object unary(Expression.Unary u) {
        switch (u.operator()) {
            case "-not":
                return !LanguagePrimitives.isTrue(eval(u.operand()));
            case "-bnot":
                return BitwiseNot.apply(eval(u.operand()));
            case "-":
                return Operators.negate(eval(u.operand()));
            case "+":
                return LanguagePrimitives.toNumber(eval(u.operand()));
            case ",":
                return new Object[]{LanguagePrimitives.unwrapNull(eval(u.operand()))};
            case "-split":
                return Operators.split(eval(u.operand()));
            case "-join":
                return Operators.join(eval(u.operand()), "");
            case "++":
            case "--": {
                Object current = eval(u.operand());
                Object updated = u.operator().equals("++") ? Operators.add(current == null ? 0 : current, 1)
                        : Operators.subtract(current == null ? 0 : current, 1);
                assignTo(u.operand(), updated);
                return u.postfix() ? AutomationNull.VALUE.equals(current) ? null : (current == null ? 0 : current) : updated;
            }
            default:
                throw new IllegalStateException(u.operator());
        }
    }

    private Object binary(Expression.Binary b) {
        String op = b.operator();
        if (op.equals("-and")) {
            return LanguagePrimitives.isTrue(eval(b.left())) && LanguagePrimitives.isTrue(eval(b.right()));
        }
        if (op.equals("-or")) {
            return LanguagePrimitives.isTrue(eval(b.left())) || LanguagePrimitives.isTrue(eval(b.right()));
        }
        Object l = LanguagePrimitives.unwrapNull(eval(b.left()));
        Object r = LanguagePrimitives.unwrapNull(eval(b.right()));
        position = b.position();
        String base = op;
        boolean cs = false;
        if (op.length() > 3 && (op.charAt(1) == 'c' || op.charAt(1) == 'i') && !op.equals("-isnot")
                && !op.startsWith("-contains")) {
            String candidate = "-" + op.substring(2);
            if (List.of("-eq", "-ne", "-gt", "-ge", "-lt", "-le", "-like", "-notlike", "-match", "-notmatch", "-replace",
                    "-contains", "-notcontains", "-in", "-notin", "-split").contains(candidate)) {
                cs = op.charAt(1) == 'c';
                base = candidate;
            }
        }
        switch (base) {
            case "+": return Operators.add(l, r);
            case "-": return Operators.subtract(l, r);
            case "*": return Operators.multiply(l, r);
            case "/": return Operators.divide(l, r);
            case "%": return Operators.remainder(l, r);
            case "-xor": return LanguagePrimitives.isTrue(l) ^ LanguagePrimitives.isTrue(r);
            case "-eq": case "-ne": case "-gt": case "-ge": case "-lt": case "-le": case "-like": case "-notlike":
                return Operators.compare(cs ? "-c" + base.substring(1) : base, l, r);
            case "-match": return Operators.match(l, r, cs, false, m -> scope.set("Matches", m));
            case "-notmatch": return Operators.match(l, r, cs, true, m -> scope.set("Matches", m));
            case "-replace": return Operators.replace(l, r, cs);
            case "-split": return SplitOperator.split(l, r, cs, (block, ch, item, index) -> LanguagePrimitives.isTrue(
                    LanguagePrimitives.fromPipeline(invokeScriptBlock(block, ch, List.of(item, index), false, null))));
            case "-join": return Operators.join(l, r);
            case "-f": return Operators.format(LanguagePrimitives.toStringValue(l),
                    r instanceof Object[] arr ? java.util.Arrays.asList(arr) : java.util.Collections.singletonList(r));
            case "-contains": return Operators.contains(l, r, cs);
            case "-notcontains": return !Operators.contains(l, r, cs);
            case "-in": return Operators.contains(r, l, cs);
            case "-notin": return !Operators.contains(r, l, cs);
            case "-is": return Operators.is(l, typeOperand(r));
            case "-isnot": return !Operators.is(l, typeOperand(r));
            case "-as": return Operators.as(l, typeOperand(r));
            case "..": return Operators.range(l, r);
            case "-band": case "-bor": case "-bxor": case "-shl": case "-shr": return Operators.bitwise(base, l, r);
            default: throw new PSRuntimeException("System.Management.Automation.RuntimeException", "Unsupported operator " + op);
        }
    }

    private PSType typeOperand(Object r) {
        if (r instanceof PSType t) {
            return t;
        }
        String name = LanguagePrimitives.toStringValue(r);
        PSType t = context.types().resolve(io.openecma.powershell.parser.TypeNames.parse(name, position));
        if (t == null) {
            // ParserOps.ConvertTo<Type>: the failed cast's message in a plain RuntimeException.
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    LanguagePrimitives.cannotConvert(name, "System.Type", null).getMessage());
        }
        return t;
    }

    public PSType resolveType(TypeName name) {
        PSType t = context.types().resolve(name);
        if (t == null) {
            throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                    "Unable to find type [" + name + "].").withError("TypeNotFound", "InvalidOperation", null);
        }
        return t;
    }

    private Object convert(Expression.Convert c) {
        if (c.type().name().equalsIgnoreCase("ref") && c.operand() instanceof Expression.Variable v) {
            if (v.name().equalsIgnoreCase("null")) {
                return PSReference.toNull(); // an out argument given [ref]$null must not create a variable $null
            }
            PSVariable var = findVariable(v.scope(), v.name());
            if (var == null) {
                scope.set(v.name(), null);
                var = scope.local(v.name());
            }
            return new PSReference(var);
        }
        PSType type = resolveType(c.type());
        boolean customObject = type.fullName().equals("System.Management.Automation.PSCustomObject");
        if (customObject && c.operand() instanceof Expression.Hashtable literal && CustomObjectLiteral.applies(literal)) {
            return CustomObjectLiteral.build(this, literal);
        }
        Object value = eval(c.operand());
        if (customObject && LanguagePrimitives.unwrapNull(value) instanceof PSHashtable h) {
            return CustomObjectLiteral.fromHashtable(h);
        }
        return type.convert(value);
    }

    String memberName(Expression member) {
        if (member instanceof Expression.StringConstant s) {
            return s.value();
        }
        return LanguagePrimitives.toStringValue(eval(member));
    }

    private PSType typeOfStaticTarget(Expression target) {
        Object t = eval(target);
        if (t instanceof PSType type) {
            return type;
        }
        if (LanguagePrimitives.base(t) instanceof io.openecma.powershell.types.ScriptDefinedValue v) {
            return v.psType(); // $this::StaticProperty
        }
        throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                "Unable to find type [" + LanguagePrimitives.toStringValue(t) + "].");
    }

    private Object member(Expression.Member m) {
        String name = memberName(m.member());
        if (m.isStatic()) {
            PSType type = typeOfStaticTarget(m.target());
            Object v = Members.getStatic(type, name);
            if (v == Members.MISSING) {
                if (scope.strictVersion() >= 2) {
                    throw propertyNotFound(name);
                }
                return null;
            }
            return v;
        }
        Object target = eval(m.target());
        return getMember(target, name);
    }

    private PSRuntimeException propertyNotFound(String name) {
        return RuntimeErrors.propertyNotFoundStrict(name);
    }

    /** Property access with member enumeration and the scalar .Count/.Length rule. */
    public Object getMember(Object target, String name) {
        Object v = Members.getProperty(target, name);
        if (v instanceof PSObject.ScriptMember sm && !sm.method()) {
            return sm.block() == null ? null : runWithThis(sm.block(), target, List.of());
        }
        if (v != Members.MISSING) {
            return v;
        }
        Object t = LanguagePrimitives.unwrapNull(target);
        if (t != null && LanguagePrimitives.isEnumerable(t)) {
            List<Object> results = new ArrayList<>();
            for (Object item : LanguagePrimitives.toList(t)) {
                Object iv = Members.getProperty(item, name);
                if (iv != Members.MISSING) {
                    writeEnumerated(iv, results);
                }
            }
            if (!results.isEmpty() || !(name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length"))) {
                return LanguagePrimitives.fromPipeline(results);
            }
        }
        if (name.equalsIgnoreCase("Count") || name.equalsIgnoreCase("Length")) {
            return t == null ? 0 : 1;
        }
        if (scope.strictVersion() >= 2) {
            throw propertyNotFound(name);
        }
        return null;
    }

    private Object invokeMember(Expression.InvokeMember m) {
        String name = memberName(m.member());
        List<Object> args = new ArrayList<>(m.arguments().size());
        for (Expression a : m.arguments()) {
            args.add(eval(a));
        }
        position = m.position();
        if (m.isStatic()) {
            return Members.invokeStatic(typeOfStaticTarget(m.target()), name, args);
        }
        Expression.Convert baseCast = io.openecma.powershell.runtime.classes.BaseCall.baseCast(m);
        Object baseResult = baseCast == null ? Members.MISSING : io.openecma.powershell.runtime.classes.BaseCall.invoke(this, baseCast, name, args);
        if (baseResult != Members.MISSING) {
            return baseResult;
        }
        Object target = eval(m.target());
        Object t = LanguagePrimitives.base(target);
        if (t instanceof ScriptBlock sb && name.equalsIgnoreCase("GetNewClosure") && args.isEmpty()) {
            Scope captured = new Scope(context.global(), scope.module(), false);
            List<Scope> chain = new ArrayList<>();
            for (Scope s = scope; s != null; s = s.parent()) {
                chain.add(0, s);
            }
            for (Scope s : chain) {
                // AllScope variables ($PID, $HOME) are the same in every scope: the closure sees them already.
                s.variables().values().stream().filter(v -> !v.has(ScopedItemOptions.AllScope))
                        .forEach(v -> captured.set(v.name(), v.value()));
            }
            return new ScriptBlock(sb.body(), sb.module(), captured);
        }
        if (t instanceof ScriptBlock sb && (name.equalsIgnoreCase("Invoke") || name.equalsIgnoreCase("InvokeReturnAsIs"))) {
            try {
                return LanguagePrimitives.fromPipeline(invokeScriptBlock(sb, null, args, false, null));
            } catch (PSRuntimeException e) {
                throw ScriptBlockMethodErrors.wrap(e, name.equalsIgnoreCase("Invoke") ? "Invoke" : "InvokeReturnAsIs", args.size());
            }
        }
        if (t != null && WhereForEachMethods.isIntrinsic(name, args)) {
            return WhereForEachMethods.invoke(name, t, args, (sb, item, a) -> invokeScriptBlock(sb, item, a, a.isEmpty(), null));
        }
        if (t == null) {
            throw RuntimeErrors.invokeMethodOnNull();
        }
        PSObject.ScriptMember scriptMethod = InstanceMembers.scriptMethod(target, name);
        if (scriptMethod != null) {
            return runWithThis(scriptMethod.block(), target, args);
        }
        ScriptBlock typeTableMethod = io.openecma.powershell.types.ets.ExtendedMembers.scriptMethod(target, name);
        if (typeTableMethod != null) {
            return runWithThis(typeTableMethod, target, args);
        }
        Object result = Members.invoke(target, name, args);
        if (result != Members.MISSING) {
            return result;
        }
        if (LanguagePrimitives.isEnumerable(t)) {
            List<Object> out = new ArrayList<>();
            boolean any = false;
            for (Object item : LanguagePrimitives.toList(t)) {
                Object r = Members.invoke(item, name, args);
                if (r != Members.MISSING) {
                    any = true;
                    writeEnumerated(r, out);
                }
            }
            if (any) {
                return LanguagePrimitives.fromPipeline(out);
            }
        }
        PSType type = context.types().typeOf(t);
        throw RuntimeErrors.methodNotFound(type == null ? io.openecma.powershell.types.TypeRegistry.typeNameOf(t)
                : type.fullName(), name);
    }

    /**
     * A host object's indexer. As in Windows PowerShell, an indexer that throws (a key or position
     * that is not there) yields $null unless Set-StrictMode -Version 3 or later is in force.
     */
    private Object indexer(Object target, Object index) {
        List<Object> args = List.of(index == null ? AutomationNull.VALUE : index);
        try {
            Object r = Members.invoke(target, "get_Item", args);
            if (r == Members.MISSING) {
                r = Members.invoke(target, "getItem", args);
            }
            if (r == Members.MISSING) {
                r = Members.invoke(target, "get", args);
            }
            return r;
        } catch (PSRuntimeException e) {
            if (scope.strictVersion() >= 3) {
                throw e;
            }
            return null;
        }
    }

    private Object index(Expression.Index ix) {
        Object target = LanguagePrimitives.base(eval(ix.target()));
        Object index = LanguagePrimitives.unwrapNull(eval(ix.index()));
        if (target == null) {
            throw RuntimeErrors.nullArray();
        }
        if (target instanceof Map<?, ?> map) {
            if (index instanceof Object[] keys) {
                List<Object> out = new ArrayList<>();
                for (Object k : keys) {
                    out.add(mapGet(map, k));
                }
                return out.toArray();
            }
            return mapGet(map, index);
        }
        if (index instanceof Object[] indices && (target.getClass().isArray() || target instanceof List<?> || target instanceof String)) {
            List<Object> out = new ArrayList<>();
            for (Object i : indices) {
                Object v = indexOne(target, i);
                if (v != Members.MISSING) {
                    out.add(v);
                }
            }
            return out.toArray();
        }
        if (target.getClass().isArray() || target instanceof List<?> || target instanceof String) {
            Object v = indexOne(target, index);
            return v == Members.MISSING ? null : v;
        }
        Object r = indexer(target, index);
        if (r != Members.MISSING) {
            return r;
        }
        if (index instanceof Number n && n.intValue() == 0) {
            return target;
        }
        throw new PSRuntimeException("System.Management.Automation.RuntimeException",
                "Unable to index into an object of type " + io.openecma.powershell.types.TypeRegistry.typeNameOf(target) + ".");
    }

    private Object mapGet(Map<?, ?> map, Object key) {
        if (map instanceof DotNetDictionary d) {
            return d.get(d.keyType().convert(key));
        }
        if (map instanceof PSHashtable h && h.isOrdered() && key instanceof Integer i && !h.containsKey(i)) {
            return i >= 0 && i < h.size() ? h.values().toArray()[i] : null;
        }
        return map.get(key);
    }

    private Object indexOne(Object target, Object index) {
        Number n = LanguagePrimitives.tryNumber(index);
        if (n == null) {
            throw LanguagePrimitives.cannotConvert(index, "System.Int32", "Input string was not in a correct format.");
        }
        int i = n.intValue();
        int len = target instanceof String s ? s.length() : target instanceof List<?> l ? l.size() : Array.getLength(target);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            if (scope.strictVersion() >= 3) {
                throw new PSRuntimeException("IndexOutOfRangeException", "Index was outside the bounds of the array.");
            }
            return Members.MISSING;
        }
        if (target instanceof String s) {
            return s.charAt(i);
        }
        if (target instanceof List<?> l) {
            return l.get(i);
        }
        return Array.get(target, i);
    }

    // ---------------------------------------------------------------- script blocks

    /**
     * Runs a script block: in the current scope when {@code dotSource}, else in a new child scope
     * (of its module's scope for module blocks), with $_ and $args set.
     */
    public List<Object> invokeScriptBlock(ScriptBlock block, Object dollarUnderscore, List<Object> args, boolean dotSource,
                                          List<Object> input) {
        List<Object> out = new ArrayList<>();
        invokeScriptBlock(block, dollarUnderscore, args, dotSource, input, out);
        return out;
    }

    /** As above, writing to {@code out} as it goes (what was written before an error stays written). */
    public void invokeScriptBlock(ScriptBlock block, Object dollarUnderscore, List<Object> args, boolean dotSource,
                                  List<Object> input, List<Object> out) {
        ScriptBlockBody body = block.body();
        if (dotSource && body.parameters().isEmpty()) {
            Object savedUnderscore = getLocal("_");
            boolean hadUnderscore = scope.local("_") != null;
            scope.set("_", dollarUnderscore);
            scope.set("PSItem", dollarUnderscore);
            context.callDepth().enter();
            try {
                runNamedBlocks(body, out);
            } catch (ControlFlow.Return r) {
                r.flushTo(out); // return leaves the block
            } finally {
                context.callDepth().exit();
                if (hadUnderscore) {
                    scope.set("_", savedUnderscore);
                } else {
                    scope.remove("_");
                }
            }
            return;
        }
        FunctionInfo f = new FunctionInfo("<ScriptBlock>", false, List.of(), body,
                block.module() instanceof ModuleInfo m ? m : null);
        List<CommandInvoker.Argument> arguments = new ArrayList<>();
        for (Object a : args) {
            arguments.add(CommandInvoker.Argument.positional(a));
        }
        Scope saved = scope;
        if (block.closure() != null) {
            scope = block.closure();
        }
        try {
            commands.callFunction(f, "<ScriptBlock>", arguments, input, out, dollarUnderscore);
        } finally {
            scope = saved;
        }
    }

    /** Runs a ScriptProperty/ScriptMethod body with $this bound to the object. */
    /** Runs an instance member's script (ScriptProperty setter) with $this set, for the member adapters. */
    public Object invokeAsMember(ScriptBlock block, Object self, List<Object> args) {
        return runWithThis(block, self, args);
    }

    private Object runWithThis(ScriptBlock block, Object self, List<Object> args) {
        Scope saved = scope;
        Scope withThis = new Scope(scope, scope.module(), false);
        withThis.set("this", self);
        scope = withThis;
        try {
            return LanguagePrimitives.fromPipeline(invokeScriptBlock(block, null, args, false, null));
        } finally {
            scope = saved;
        }
    }

    private void runNamedBlocks(ScriptBlockBody body, List<Object> out) {
        runBlock(body.begin(), out);
        runBlock(body.process(), out);
        runBlock(body.end(), out);
    }
}
