package io.openecma.powershell.pester;

import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.List;

/**
 * Pester 4's {@code Setup [-Dir] [-File] Path [Content] [-PassThru]}: creates a folder or a file (with
 * the content piped to it) in the TestDrive through the engine's own New-Item, as Pester does.
 */
final class SetupItemCommand implements Cmdlet {

    private static final ScriptBlock NEW_ITEM = new ScriptBlock(Parser.parseScript("<Pester Setup>",
            "param($root, $name, $dir, $content) if ($dir) { New-Item -Name $name -Path $root -Type Container -Force }"
                    + " else { $content | New-Item -Name $name -Path $root -Type File -Force }"), null);

    private final PesterState state;

    SetupItemCommand(PesterState state) {
        this.state = state;
    }

    @Override
    public void process(CommandContext context) {
        if (state.current == null) {
            throw context.terminatingError("System.Management.Automation.RuntimeException",
                    "The Setup command may only be used inside a Describe block.", "PesterSetupOutsideDescribe",
                    "InvalidOperation");
        }
        Object content = context.isBound("Content") ? context.parameter("Content") : "";
        String root = LanguagePrimitives.toStringValue(context.variable("global:TestDrive")) + "/";
        boolean dir = context.switchPresent("Dir");
        if (!dir && !context.switchPresent("File")) {
            return;
        }
        List<Object> item = BlockRunner.call(context, NEW_ITEM, root, context.parameter("Path"), dir, content);
        if (context.switchPresent("PassThru")) {
            item.forEach(context::writeObject);
        }
    }
}
