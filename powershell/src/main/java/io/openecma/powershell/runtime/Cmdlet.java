package io.openecma.powershell.runtime;

/**
 * A compiled cmdlet, called like PowerShell's Cmdlet: {@link #begin} once, {@link #process} once
 * per pipeline input object (once with no input when the command is first in its pipeline), then
 * {@link #end}. A fresh instance serves each command invocation, so fields may hold state.
 * Parameters (including the one bound from the pipeline) are read through the context.
 */
public interface Cmdlet {

    default void begin(CommandContext context) {
    }

    void process(CommandContext context);

    default void end(CommandContext context) {
    }
}
