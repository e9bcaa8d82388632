package io.openecma.powershell.cmdlets.jobs;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Start-Job: runs the script block (its text, as 5.1 sends it to the child process) in a new runspace
 * on its own thread, with -ArgumentList as {@code $args} and the pipeline input as {@code $input};
 * -InitializationScript runs first in the same runspace.
 */
final class StartJobCommand implements Cmdlet {
    private final List<Object> input = new ArrayList<>();

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Start-Job", StartJobCommand::new,
                ParameterSpec.positional("ScriptBlock", "scriptblock", 0).withAliases("Command"),
                ParameterSpec.named("Name", "string"), ParameterSpec.named("InitializationScript", "scriptblock"),
                ParameterSpec.named("ArgumentList", "object[]").withAliases("Args"),
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE));
    }

    @Override
    public void process(CommandContext c) {
        if (c.expectingInput()) {
            input.add(c.currentInput());
        }
    }

    @Override
    public void end(CommandContext c) {
        if (!c.isBound("ScriptBlock")) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Cannot process command because of one or more missing mandatory parameters: ScriptBlock.",
                    "MissingMandatoryParameter", "InvalidArgument");
        }
        ScriptBlock block = (ScriptBlock) LanguagePrimitives.base(c.parameter("ScriptBlock"));
        List<Object> args = c.isBound("ArgumentList") ? LanguagePrimitives.toList(c.parameter("ArgumentList")) : List.of();
        Object init = c.isBound("InitializationScript") ? LanguagePrimitives.base(c.parameter("InitializationScript")) : null;
        String name = c.isBound("Name") ? LanguagePrimitives.toStringValue(c.parameter("Name")) : null;
        ExecutionContext context = ((CommandContextImpl) c).interpreter().context();
        c.writeObject(BackgroundJobs.start(context, block.toString(), args, init == null ? null : init.toString(), name,
                input.isEmpty() ? null : input, Map.of()));
    }
}
