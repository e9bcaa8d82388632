package io.openecma.powershell.pester;

import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.ParameterSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the Pester 4 commands on one engine. Only the runner calls this (there is no
 * ServiceLoader entry), so connector scripts never see these commands.
 */
final class PesterCommands {

    private PesterCommands() {
    }

    static void register(PowerShellEngine engine, PesterState state) {
        for (String group : List.of("Describe", "Context")) {
            engine.registerCmdlet(CmdletDefinition.of(group, () -> new DescribeCommand(state),
                    ParameterSpec.positional("Name", "string", 0).asMandatory(),
                    ParameterSpec.named("Tag", "string[]").withAliases("Tags"),
                    ParameterSpec.positional("Fixture", "scriptblock", 1)));
        }
        engine.registerCmdlet(CmdletDefinition.of("It", () -> new ItCommand(state),
                ParameterSpec.positional("Name", "string", 0).asMandatory(),
                ParameterSpec.positional("Test", "scriptblock", 1),
                ParameterSpec.named("TestCases", "object[]"),
                ParameterSpec.switchParameter("Pending"),
                ParameterSpec.switchParameter("Skip").withAliases("Ignore")));
        for (String setup : List.of("BeforeAll", "AfterAll", "BeforeEach", "AfterEach")) {
            engine.registerCmdlet(CmdletDefinition.of(setup, () -> new SetupCommand(state),
                    ParameterSpec.positional("Scriptblock", "scriptblock", 0).asMandatory()));
        }
        engine.registerCmdlet(CmdletDefinition.of("Set-ItResult", SetItResultCommand::new,
                ParameterSpec.switchParameter("Inconclusive"), ParameterSpec.switchParameter("Pending"),
                ParameterSpec.switchParameter("Skipped"), ParameterSpec.named("Because", "string")));
        engine.registerCmdlet(CmdletDefinition.of("Setup", () -> new SetupItemCommand(state),
                ParameterSpec.switchParameter("Dir"), ParameterSpec.switchParameter("File"),
                ParameterSpec.positional("Path", "object", 0), ParameterSpec.positional("Content", "object", 1),
                ParameterSpec.switchParameter("PassThru"),
                // Pester's Setup is a simple function: an unknown switch such as -Directory (Add-Content and
                // Clear-Content tests) lands in $args and does nothing; Setup then creates no item. Only the
                // exact name reaches it, so "-d" stays the unique prefix of -Dir (Format-Hex tests).
                ParameterSpec.switchParameter("UnboundArgsDirectory").withAliases("Directory")));
        engine.registerCmdlet(CmdletDefinition.of("Should", ShouldCommand::new, shouldParameters()));
    }

    private static ParameterSpec[] shouldParameters() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.named("ActualValue", "object").fromPipeline(ParameterSpec.PipelineInput.BY_VALUE));
        specs.add(ParameterSpec.switchParameter("Not"));
        for (ShouldOperator op : ShouldOperator.values()) {
            specs.add(ParameterSpec.switchParameter(op.parameterName).withAliases(op.aliases.toArray(String[]::new)));
        }
        specs.add(ParameterSpec.positional("ExpectedValue", "object", 0)
                .withAliases("ExpectedType", "RegularExpression", "ExpectedContent"));
        specs.add(ParameterSpec.named("ExpectedMessage", "string"));
        specs.add(ParameterSpec.named("ErrorId", "string"));
        specs.add(ParameterSpec.named("ExceptionType", "object"));
        specs.add(ParameterSpec.switchParameter("PassThru"));
        specs.add(ParameterSpec.named("Because", "string"));
        specs.add(new ParameterSpec("Rest", "object[]", -1, false, ParameterSpec.PipelineInput.NONE, List.of(), true));
        return specs.toArray(ParameterSpec[]::new);
    }
}
