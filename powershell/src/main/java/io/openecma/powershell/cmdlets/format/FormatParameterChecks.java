package io.openecma.powershell.cmdlets.format;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

/**
 * The command-line checks every Format-* cmdlet makes before it formats anything
 * (OuterFormatShapeCommandBase.GetCommandLineParameters in FormatAndOutput/common/BaseFormattingCommand.cs).
 */
final class FormatParameterChecks {
    private FormatParameterChecks() {
    }

    /** -View with a non-empty -Property: FormatCannotSpecifyViewAndProperty, terminating. */
    static void viewAndProperty(CommandContext c) {
        if (!c.isBound("View") || c.parameter("View") == null || !c.isBound("Property")) {
            return;
        }
        Object property = LanguagePrimitives.unwrapNull(c.parameter("Property"));
        if (property != null && !LanguagePrimitives.toList(property).isEmpty()) {
            // FormatAndOut_format_xxx.CannotSpecifyViewAndPropertyError; the exception is an InvalidDataException
            throw c.terminatingError("System.IO.InvalidDataException", "Cmdlet parameters View and Property are mutually exclusive.",
                    "FormatCannotSpecifyViewAndProperty", "InvalidArgument");
        }
    }
}
