package io.openecma.powershell.pester;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

/** Set-ItResult -Skipped|-Pending|-Inconclusive [-Because text]: ends the current It with that result. */
final class SetItResultCommand implements Cmdlet {

    @Override
    public void process(CommandContext context) {
        Outcome outcome;
        String label;
        if (context.switchPresent("Skipped")) {
            outcome = Outcome.SKIPPED;
            label = "Skipped";
        } else if (context.switchPresent("Pending")) {
            outcome = Outcome.PENDING;
            label = "Pending";
        } else if (context.switchPresent("Inconclusive")) {
            outcome = Outcome.INCONCLUSIVE;
            label = "Inconclusive";
        } else {
            throw context.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Parameter set cannot be resolved using the specified named parameters.",
                    "AmbiguousParameterSet,Set-ItResult", "InvalidArgument");
        }
        String because = context.isBound("Because") ? LanguagePrimitives.toStringValue(context.parameter("Because")) : "";
        throw new ItResultSignal(outcome, "It result set to " + label + (because.isEmpty() ? "" : ", " + because));
    }
}
