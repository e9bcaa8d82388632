package io.openecma.powershell.types.hosting;

import java.util.List;

/**
 * The statics of {@code System.Management.Automation.Cmdlet} (5.0+): the names of the common
 * parameters every cmdlet and advanced function takes, and of the optional ones (ShouldProcess
 * and transactions), as 5.1 lists them (7.4 adds ProgressAction).
 */
public final class CmdletStatics {
    private static final List<String> COMMON = List.of("Verbose", "Debug", "ErrorAction", "WarningAction",
            "InformationAction", "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer",
            "PipelineVariable");
    private static final List<String> OPTIONAL = List.of("WhatIf", "Confirm", "UseTransaction");

    private CmdletStatics() {
    }

    /** The names, a new array each time (5.1's getter builds a new HashSet[string]; an array here). */
    public static Object[] getCommonParameters() {
        return COMMON.toArray();
    }

    public static Object[] getOptionalCommonParameters() {
        return OPTIONAL.toArray();
    }
}
