package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContext;

/**
 * BeforeAll, AfterAll, BeforeEach and AfterEach as the body reaches them: the Describe/Context took
 * them from its syntax before running the body ({@link SetupBlocks}), so here they do nothing. Outside
 * any Describe they are an error, as in Pester 4.
 */
final class SetupCommand implements Cmdlet {

    private final PesterState state;

    SetupCommand(PesterState state) {
        this.state = state;
    }

    @Override
    public void process(CommandContext context) {
        if (state.current == null) {
            throw context.terminatingError("System.Management.Automation.RuntimeException",
                    context.commandName() + " can only be used inside a Describe or Context block.",
                    "PesterSetupOutsideDescribe", "InvalidOperation");
        }
    }
}
