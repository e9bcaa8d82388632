package io.openecma.powershell.runtime;

import io.openecma.powershell.ScriptError;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.ast.Position;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one script text in the runspace's global scope and gathers a {@link ScriptResult}. */
public final class ScriptRunner {

    private final ExecutionContext context;
    private final Interpreter interpreter;

    public ScriptRunner(ExecutionContext context) {
        this.context = context;
        this.interpreter = new Interpreter(context);
        context.attach(interpreter);
    }

    public void reset() {
        context.resetState();
        interpreter.resetScope();
    }

    public void setVariable(String name, Object value) {
        context.global().set(name, value);
    }

    public ScriptResult run(ScriptSource source, Map<String, Object> named, List<Object> positional) {
        context.enter();
        context.clearStreams();
        context.startClock();
        Optional<ScriptError> failure = Optional.empty();
        try {
            ScriptBlockBody body = Parser.parseScript(source.fileName(), source.text());
            List<CommandInvoker.Argument> args = new ArrayList<>();
            named.forEach((k, v) -> args.add(new CommandInvoker.Argument(k, v, true, true)));
            positional.forEach(v -> args.add(CommandInvoker.Argument.positional(v)));
            FunctionInfo script = new FunctionInfo(source.fileName(), false, List.of(), body, null);
            interpreter.setScope(context.global());
            context.global().set("PSCommandPath", source.fileName());
            java.nio.file.Path parent = java.nio.file.Path.of(source.fileName()).toAbsolutePath().getParent();
            context.global().set("PSScriptRoot", parent == null ? "" : parent.toString());
            interpreter.commands.runScript(script, args, context.output, context.global());
        } catch (ParseException e) {
            Position p = e.position();
            // A script with a syntax error never runs: its ParseException's ErrorId is the first error's (ParserException.cs).
            failure = Optional.of(new ScriptError(e.getMessage(), p.file(), p.line(), p.column(),
                    "System.Management.Automation.ParseException", e.errorId()));
        } catch (ControlFlow.Exit e) {
            context.global().set("LASTEXITCODE", e.code);
            if (e.code != 0) {
                Position p = interpreter.position();
                failure = Optional.of(new ScriptError("The script exited with code " + e.code + ".", p.file(), p.line(),
                        p.column(), "System.Management.Automation.ExitException"));
            }
        } catch (ExecutionContext.ScriptStoppedException e) {
            Position p = interpreter.position();
            failure = Optional.of(new ScriptError(e.reason(), p.file(), p.line(), p.column(),
                    "System.Management.Automation.PipelineStoppedException"));
        } catch (io.openecma.powershell.runtime.limits.ScriptLimitExceeded e) {
            Position p = interpreter.position();
            failure = Optional.of(new ScriptError(e.getMessage(), p.file(), p.line(), p.column(), e.exceptionType(), e.errorId()));
        } catch (OutOfMemoryError | StackOverflowError e) {
            failure = Optional.of(RunawayScript.failed(e, context, interpreter));
        } catch (ControlFlow e) {
            // break/continue/return outside any loop or function ends the script quietly, as in PowerShell.
        } catch (RuntimeException e) {
            PSRuntimeException ps = interpreter.asScriptError(e);
            ErrorRecord record = interpreter.errorRecord(ps);
            interpreter.addToErrorVariable(record);
            InvocationInfo at = record.getInvocationInfo();
            failure = Optional.of(new ScriptError(record.message(), at.scriptName(), at.scriptLineNumber(),
                    at.offsetInLine(), ps.typeName()));
        } finally {
            interpreter.setScope(context.global());
            context.leave();
        }
        return new ScriptResult(new ArrayList<>(context.output), context.errors, failure, context.verbose, context.debug,
                context.warning, context.information);
    }
}
