package io.openecma.powershell.cmdlets.trace;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.runtime.trace.PSTraceSource;
import io.openecma.powershell.runtime.trace.TraceListener;
import io.openecma.powershell.types.facades.ScriptBlockStatics;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trace-Command (TraceExpressionCommand.cs): turns the named trace sources on with the given
 * options and listeners only while the expression or command runs, then restores each source's
 * options and listeners. -Command's errors are written again as Trace-Command's own
 * (TracePipelineWriter).
 */
public final class TraceCommandCmdlet implements Cmdlet {
    private static final String CLASS = "TraceCommandCommand";
    private static final ScriptBlock RUN_COMMAND = ScriptBlockStatics.Create(
            "param($__command, $__arguments, $__input, $__hasInput)\n"
                    + "if ($__hasInput) { $__input | & $__command @__arguments 2>&1 } else { & $__command @__arguments 2>&1 }");

    private TraceListeners listeners;
    private List<PSTraceSource> sources;
    private final Map<PSTraceSource, Saved> saved = new IdentityHashMap<>();
    private final List<Object> commandInput = new ArrayList<>();

    private record Saved(int options, List<TraceListener> listeners) {
    }

    public static CmdletDefinition definition() {
        return CmdletDefinition.of("Trace-Command", TraceCommandCmdlet::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Name", "string[]", 0).asMandatory(),
                ParameterSpec.positional("Expression", "scriptblock", 1),
                ParameterSpec.positional("Option", "object", 2),
                ParameterSpec.named("Command", "string"),
                ParameterSpec.named("ArgumentList", "object[]").withAliases("Args").remainingArguments(),
                ParameterSpec.named("ListenerOption", "object"),
                ParameterSpec.named("FilePath", "string").withAliases("PSPath", "Path"),
                ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("Debugger"),
                ParameterSpec.switchParameter("PSHost"));
    }

    @Override
    public void begin(CommandContext ctx) {
        if (!ctx.isBound("Expression") && !ctx.isBound("Command")) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Parameter set cannot be resolved using the specified named parameters.",
                    "AmbiguousParameterSet,Microsoft.PowerShell.Commands." + CLASS, "InvalidArgument");
        }
        listeners = new TraceListeners(ctx, CLASS);
        sources = TraceListeners.matching(ctx, CmdletArgs.strings(ctx, "Name"), false, CLASS);
        turnOn();
        reset();
    }

    @Override
    public void process(CommandContext ctx) {
        if (ctx.isBound("Command")) {
            if (ctx.expectingInput()) {
                commandInput.add(ctx.parameter("InputObject"));
            }
            return;
        }
        ScriptBlock expression = (ScriptBlock) LanguagePrimitives.base(ctx.parameter("Expression"));
        Object input = ctx.expectingInput() ? ctx.parameter("InputObject") : null;
        List<Object> results;
        turnOn();
        try {
            results = ctx.invoke(expression, input);
        } finally {
            reset();
        }
        results.forEach(ctx::writeObject);
    }

    @Override
    public void end(CommandContext ctx) {
        try {
            if (ctx.isBound("Command")) {
                runCommand(ctx);
            }
        } finally {
            reset();
            listeners.closeCreated();
        }
    }

    private void runCommand(CommandContext ctx) {
        Object arguments = ctx.isBound("ArgumentList") && ctx.parameter("ArgumentList") != null
                ? ctx.parameter("ArgumentList") : new Object[0];
        List<Object> results;
        turnOn();
        try {
            results = ctx.invoke(RUN_COMMAND, null, ctx.parameter("Command"), arguments,
                    commandInput.toArray(), ctx.expectingInput());
        } finally {
            reset();
        }
        for (Object o : results) {
            if (LanguagePrimitives.base(o) instanceof ErrorRecord e) {
                ctx.writeError(asOwn(e));
            } else {
                ctx.writeObject(o);
            }
        }
    }

    /** An inner command's error as Trace-Command writes it: the same error id, qualified by this command. */
    private static ErrorRecord asOwn(ErrorRecord e) {
        String id = e.getFullyQualifiedErrorId();
        int comma = id.indexOf(',');
        String errorId = comma < 0 ? id : id.substring(0, comma);
        return new ErrorRecord(e.carrier(), errorId + ",Microsoft.PowerShell.Commands." + CLASS,
                e.getCategoryInfo().getCategory(), e.getTargetObject(), e.getInvocationInfo());
    }

    /** TurnOnTracing: remember each source's state once, then set the options and add the listeners. */
    private void turnOn() {
        for (PSTraceSource s : sources) {
            saved.computeIfAbsent(s, k -> new Saved(k.options(), List.copyOf(k.listeners())));
            s.setOptions(listeners.options());
        }
        listeners.addTo(sources);
    }

    /** ResetTracing: flush, then put back each source's own options and listeners. */
    private void reset() {
        for (PSTraceSource s : sources) {
            s.listeners().forEach(TraceListener::flush);
            Saved state = saved.get(s);
            s.listeners().clear();
            if (state != null) {
                s.listeners().addAll(state.listeners());
                s.setOptions(state.options());
            } else {
                s.setOptions(0);
            }
        }
    }
}
