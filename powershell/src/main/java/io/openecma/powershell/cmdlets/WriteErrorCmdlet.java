package io.openecma.powershell.cmdlets;

import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

/**
 * Write-Error (WriteOrThrowErrorCommand, Write.cs): a record of -Exception or a WriteErrorException
 * with -Message, the id defaulting to the exception's type name; -Message with -Exception becomes
 * the record's ErrorDetails, -RecommendedAction its details' action, the -Category* values override
 * CategoryInfo, whose Activity is "Write-Error" otherwise. In 5.1 -Exception and -ErrorRecord are
 * named only (position 0 is -Message).
 */
final class WriteErrorCmdlet {
    private WriteErrorCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Write-Error", () -> WriteErrorCmdlet::write,
                ParameterSpec.positional("Message", "string", 0).fromPipeline(PipelineInput.BY_VALUE).withAliases("Msg"),
                ParameterSpec.named("Exception", "object"), ParameterSpec.named("ErrorRecord", "object"),
                ParameterSpec.named("ErrorId", "string"), ParameterSpec.named("Category", "string"),
                ParameterSpec.named("TargetObject", "object"), ParameterSpec.named("RecommendedAction", "string"),
                ParameterSpec.named("CategoryActivity", "string").withAliases("Activity"),
                ParameterSpec.named("CategoryReason", "string").withAliases("Reason"),
                ParameterSpec.named("CategoryTargetName", "string").withAliases("TargetName"),
                ParameterSpec.named("CategoryTargetType", "string").withAliases("TargetType"));
    }

    private static void write(CommandContext c) {
        Object given = LanguagePrimitives.base(c.parameter("ErrorRecord"));
        if (given instanceof ErrorRecord record) {
            c.writeError(record);
            return;
        }
        Object ex = LanguagePrimitives.base(c.parameter("Exception"));
        String message = text(c, "Message");
        PSRuntimeException exception = ex instanceof PSRuntimeException p ? p
                : new PSRuntimeException("Microsoft.PowerShell.Commands.WriteErrorException",
                        c.isBound("Message") ? message : ex instanceof Throwable t ? t.getMessage() : "");
        String id = text(c, "ErrorId");
        if (id.isEmpty()) {
            id = exception.typeName();
        }
        String category = c.isBound("Category") ? text(c, "Category") : "NotSpecified";
        ErrorRecord record = new ErrorRecord(exception, WriteErrorCaller.qualify(c, id), category, c.parameter("TargetObject"),
                c.invocationHere());
        if (ex != null && !message.isEmpty()) {
            record.setErrorDetails(new ErrorRecord.ErrorDetails(message));
        }
        String action = text(c, "RecommendedAction");
        if (!action.isEmpty()) {
            if (record.getErrorDetails() == null) {
                record.setErrorDetails(new ErrorRecord.ErrorDetails(record.toString()));
            }
            record.getErrorDetails().setRecommendedAction(action);
        }
        String activity = text(c, "CategoryActivity");
        record.overrideCategoryInfo(activity.isEmpty() ? "Write-Error" : activity, text(c, "CategoryReason"),
                text(c, "CategoryTargetName"), text(c, "CategoryTargetType"));
        c.writeError(record);
    }

    private static String text(CommandContext c, String name) {
        Object v = LanguagePrimitives.unwrapNull(c.parameter(name));
        return v == null ? "" : LanguagePrimitives.toStringValue(v);
    }
}
