package io.openecma.powershell.runtime;

import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * A runspace the in-script hosting API ({@code [powershell]}) runs pipelines in: either a new one
 * (its own global scope, modules, location and streams, sharing the host's types and cmdlets) or
 * the caller's own, as {@code RunspaceMode.CurrentRunspace} does.
 */
public final class NestedRunspace {

    /** One command of a pipeline: a script (text) or a command name, with its parameters in order. */
    public record Command(String text, boolean isScript, boolean useLocalScope, List<Parameter> parameters) {
    }

    /** {@code AddParameter(name, value)} (name set) or {@code AddArgument(value)} (name null). */
    public record Parameter(String name, Object value) {
    }

    /** What one invocation produced; {@code failure} is the terminating error, if any. */
    public record Result(List<Object> output, List<ErrorRecord> errors, List<String> verbose, List<String> warning,
                         List<String> debug, List<Object> information, PSRuntimeException failure) {
    }

    private final ExecutionContext context;
    private final boolean callers;

    private NestedRunspace(ExecutionContext context, boolean callers) {
        this.context = context;
        this.callers = callers;
    }

    /** A new runspace built from the running one's options, types and cmdlets. */
    public static NestedRunspace createNew() {
        ExecutionContext parent = ExecutionContext.current();
        ExecutionContext fresh = new ExecutionContext(parent.options(), parent.types(), parent.cmdlets());
        fresh.setTlsTrust(parent.tlsTrust());
        fresh.attach(new Interpreter(fresh));
        return new NestedRunspace(fresh, false);
    }

    /** Sets where the runspace's scripts start (a background job starts where its caller is). */
    public void setLocation(java.nio.file.Path location) {
        context.fileSystem().setCurrentLocation(location.toString());
    }

    /** The runspace of the script that is running now. */
    public static NestedRunspace current() {
        return new NestedRunspace(ExecutionContext.current(), true);
    }

    public boolean isCallers() {
        return callers;
    }

    /** The runspace's command history. */
    public SessionHistory history() {
        return context.history();
    }

    public Scope globalScope() {
        return context.global();
    }

    /** Runs the statements one after another, each a pipeline of its commands. */
    public Result invoke(List<List<Command>> statements, List<Object> input) {
        List<Object> out = new ArrayList<>();
        Result r = invoke(statements, input, out);
        return r;
    }

    /** As {@link #invoke(List, List)}, writing the output to {@code out} as it is produced (a background job's). */
    public Result invoke(List<List<Command>> statements, List<Object> input, List<Object> out) {
        ExecutionContext previous = ExecutionContext.currentOrNull();
        Interpreter interp = context.interpreter();
        Scope savedScope = interp.scope();
        int[] marks = {context.errors.size(), context.verbose.size(), context.warning.size(), context.debug.size(),
                context.informationRecords.size(), context.information.size()};
        PSRuntimeException failure = null;
        context.enter();
        try {
            if (!callers) {
                interp.setScope(context.global());
            }
            boolean first = true;
            for (List<Command> pipeline : statements) {
                runPipeline(interp, pipeline, first ? input : null, out);
                first = false;
            }
        } catch (ControlFlow.Exit | ControlFlow.Return e) {
            // exit/return ends the nested pipeline, as it ends a script.
        } catch (ExecutionContext.ScriptStoppedException e) {
            throw e;
        } catch (ControlFlow e) {
            // break/continue outside a loop ends the pipeline quietly.
        } catch (RuntimeException e) {
            failure = interp.asScriptError(e);
            ErrorRecord record = failure.errorRecord() != null ? failure.errorRecord() : interp.errorRecord(failure);
            if (failure.typeName().endsWith("ParseException")) {
                // A script that does not parse never ran: the pipeline's failure, the exception itself, goes to $Error.
                prependToDollarError(failure);
            } else {
                interp.addToErrorVariable(record);
            }
            failure = failure.errorRecord() != null ? failure : failure.withErrorRecord(record);
        } finally {
            interp.setScope(savedScope);
            if (previous == null) {
                context.leave();
            } else {
                previous.enter();
            }
        }
        takeTail(context.information, marks[5]); // the shown text; the records below are the stream
        return new Result(out, takeTail(context.errors, marks[0]), takeTail(context.verbose, marks[1]),
                takeTail(context.warning, marks[2]), takeTail(context.debug, marks[3]),
                takeTail(context.informationRecords, marks[4]), failure);
    }

    /** The items written since {@code mark}, removed from the runspace's own streams (they are this pipeline's). */
    private static <T> List<T> takeTail(List<T> stream, int mark) {
        List<T> tail = new ArrayList<>(stream.subList(Math.min(mark, stream.size()), stream.size()));
        stream.subList(Math.min(mark, stream.size()), stream.size()).clear();
        return tail;
    }

    /** Commands of one statement run in turn, each one's output the next one's input. */
    private void runPipeline(Interpreter interp, List<Command> pipeline, List<Object> input, List<Object> out) {
        List<Object> flowing = input;
        for (int i = 0; i < pipeline.size(); i++) {
            List<Object> stageOut = i == pipeline.size() - 1 ? out : new ArrayList<>();
            runCommand(interp, pipeline.get(i), flowing, stageOut);
            flowing = stageOut;
        }
    }

    private void runCommand(Interpreter interp, Command command, List<Object> input, List<Object> out) {
        List<CommandInvoker.Argument> args = new ArrayList<>();
        for (Parameter p : command.parameters()) {
            args.add(p.name() == null ? CommandInvoker.Argument.positional(p.value())
                    : new CommandInvoker.Argument(p.name(), p.value(), true, true));
        }
        if (command.isScript()) {
            ScriptBlock block = parse(command.text());
            FunctionInfo f = new FunctionInfo("<ScriptBlock>", false, List.of(), block.body(), null);
            boolean plainBody = block.body().begin() == null && block.body().process() == null;
            if (!command.useLocalScope() && block.body().parameters().isEmpty() && args.isEmpty()
                    && (input == null || plainBody)) {
                dotSource(interp, block, input, out);
            } else {
                interp.commands.callFunction(f, "<ScriptBlock>", args, input, out, null);
            }
            return;
        }
        interp.commands.runNamedCommand(command.text(), args, input, out);
    }

    /** Runs the script in the current scope; pipeline input is its {@code $input} meanwhile. */
    private static void dotSource(Interpreter interp, ScriptBlock block, List<Object> input, List<Object> out) {
        Scope scope = interp.scope();
        PSVariable saved = scope.local("input");
        Object savedValue = saved == null ? null : saved.value();
        if (input != null) {
            scope.set("input", input.toArray());
        }
        try {
            interp.invokeScriptBlock(block, null, List.of(), true, input, out);
        } finally {
            if (input != null) {
                if (saved == null) {
                    scope.remove("input");
                } else {
                    scope.set("input", savedValue);
                }
            }
        }
    }

    private static ScriptBlock parse(String text) {
        try {
            return new ScriptBlock(Parser.parseScript("", text == null ? "" : text), null);
        } catch (ParseException e) {
            // The pipeline fails with the ParseException before anything runs (Pipeline.Invoke, PowerShell.cs);
            // AutomationEngine.ParseScriptBlock makes it an IncompleteParseException when the first error is incomplete input.
            String type = e.incompleteInput() ? "System.Management.Automation.IncompleteParseException"
                    : "System.Management.Automation.ParseException";
            throw new PSRuntimeException(type,
                    "At line:" + e.position().line() + " char:" + e.position().column() + "\r\n" + e.getMessage())
                    .withError(e.errorId(), "ParserError", null);
        }
    }

    private void prependToDollarError(Object error) {
        PSVariable v = context.global().local("Error");
        if (v != null && v.value() instanceof java.util.List<?> list) {
            @SuppressWarnings("unchecked")
            java.util.List<Object> errors = (java.util.List<Object>) list;
            errors.add(0, error);
        }
    }

    /** {@code SessionStateProxy.GetVariable}: the global variable's value, or null. */
    public Object getVariable(String name) {
        PSVariable v = context.global().local(name);
        return v == null ? null : v.value();
    }

    public void setVariable(String name, Object value) {
        context.global().set(name, value);
    }

    /** Defines a global function from its script text (InitialSessionState's function entries). */
    public void defineFunction(String name, String definition) {
        ScriptBlock block = parse(definition);
        context.global().defineFunction(new FunctionInfo(name, false, List.of(), block.body(), null));
    }
}
