package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.List;

/**
 * Sort-Object's -Stable, -Top and -Bottom (PowerShell 6.1+, Sort-Object.cs): three parameter sets,
 * so at most one is given; Top and Bottom are [ValidateRange(1, int.MaxValue)].
 */
record SortWindow(boolean stable, int top, int bottom) {

    static SortWindow of(CommandContext c) {
        int given = (c.switchPresent("Stable") ? 1 : 0) + (c.isBound("Top") ? 1 : 0) + (c.isBound("Bottom") ? 1 : 0);
        if (given > 1) {
            throw new PSRuntimeException("System.Management.Automation.ParameterBindingException",
                    "Parameter set cannot be resolved using the specified named parameters.")
                    .withError("AmbiguousParameterSet", "InvalidArgument", null);
        }
        int top = count(c, "Top");
        int bottom = count(c, "Bottom");
        return new SortWindow(given == 1, top, bottom);
    }

    private static int count(CommandContext c, String name) {
        if (!c.isBound(name)) {
            return 0;
        }
        int n = ((Number) c.parameter(name)).intValue();
        if (n < 1) {
            throw new PSRuntimeException("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot validate argument on parameter '" + name + "'. The " + n + " argument is less than the minimum "
                            + "allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the "
                            + "command again.")
                    .withError("ParameterArgumentValidationError",
                            "InvalidData", null);
        }
        return n;
    }

    /** The part of the sorted objects the window keeps. */
    <T> List<T> select(List<T> sorted) {
        if (top > 0) {
            return sorted.subList(0, Math.min(top, sorted.size()));
        }
        if (bottom > 0) {
            return sorted.subList(Math.max(0, sorted.size() - bottom), sorted.size());
        }
        return sorted;
    }
}
