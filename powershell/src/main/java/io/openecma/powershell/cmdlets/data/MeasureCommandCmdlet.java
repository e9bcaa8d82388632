package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.ScriptBlock;
import java.time.Duration;

/**
 * Measure-Command (TimeExpressionCommand.cs): runs -Expression once per input object, dot-sourced in
 * the caller's scope with $_ set to the object, throws its output away, and writes the total time as
 * one TimeSpan at the end.
 */
final class MeasureCommandCmdlet {
    private MeasureCommandCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Measure-Command", MeasureCommand::new,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.positional("Expression", "scriptblock", 0).asMandatory());
    }

    static final class MeasureCommand implements Cmdlet {
        private long elapsedNanos;

        @Override
        public void process(CommandContext ctx) {
            ScriptBlock expression = (ScriptBlock) LanguagePrimitives.base(ctx.parameter("Expression"));
            Object input = ctx.isBound("InputObject") ? ctx.parameter("InputObject") : null;
            long start = System.nanoTime();
            try {
                ctx.invoke(expression, input);
            } finally {
                elapsedNanos += System.nanoTime() - start;
            }
        }

        @Override
        public void end(CommandContext ctx) {
            // TimeSpan has 100 ns ticks: Stopwatch.Elapsed rounds down to one.
            ctx.writeObject(Duration.ofNanos(elapsedNanos / 100 * 100));
        }
    }
}
