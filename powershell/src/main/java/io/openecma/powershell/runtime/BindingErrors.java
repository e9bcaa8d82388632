package io.openecma.powershell.runtime;

/**
 * Parameter binding errors as PowerShell's binders raise them: the exception type
 * (ParameterBindingException, or its Validation / ArgumentTransformation subclasses), the
 * ErrorId and the category (ParameterBinderBase, ParameterBinderController,
 * CmdletParameterBinderController). The invocation names the command afterwards
 * ({@link #forCommand}), which makes the FullyQualifiedErrorId "ErrorId,command".
 * Message texts are ParameterBinderStrings.resx.
 */
final class BindingErrors {

    static final String BINDING = "System.Management.Automation.ParameterBindingException";
    static final String VALIDATION = "System.Management.Automation.ParameterBindingValidationException";
    static final String TRANSFORMATION = "System.Management.Automation.ParameterBindingArgumentTransformationException";

    private BindingErrors() {
    }

    static PSRuntimeException of(String message, String errorId) {
        String type = errorId.startsWith("ParameterArgumentValidationError") ? VALIDATION
                : errorId.equals("ParameterArgumentTransformationError") ? TRANSFORMATION : BINDING;
        String category = type.equals(BINDING) ? "InvalidArgument" : "InvalidData";
        return new PSRuntimeException(type, message).withError(errorId, category, null);
    }

    static boolean isBindingError(PSRuntimeException e) {
        return e.errorId() != null && (e.typeName().equals(BINDING) || e.typeName().equals(VALIDATION)
                || e.typeName().equals(TRANSFORMATION));
    }

    /** Names the command a binding error belongs to, unless an inner command's binding already did. */
    static PSRuntimeException forCommand(PSRuntimeException e, String name, String typeName) {
        if (isBindingError(e) && e.commandName() == null && e.errorRecord() == null) {
            e.forCommand(name, typeName == null || typeName.isEmpty() ? null : typeName);
        }
        return e;
    }

    /** ErrorRecord.GetInvocationTypeName for a compiled cmdlet: its implementing .NET type. */
    static String cmdletTypeName(CmdletDefinition d) {
        return "Microsoft.PowerShell.Commands." + d.name().replace("-", "") + "Command";
    }
}
