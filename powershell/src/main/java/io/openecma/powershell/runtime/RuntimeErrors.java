package io.openecma.powershell.runtime;

/**
 * The language's own runtime errors with the ErrorId, category and target PowerShell gives them
 * (InterpreterError.NewInterpreterException sets InvalidOperation and the target object; the
 * message texts are ParserStrings.resx / DiscoveryExceptions.resx). None of them names a command,
 * so the FullyQualifiedErrorId is the ErrorId alone.
 */
public final class RuntimeErrors {

    private static final String RUNTIME = "System.Management.Automation.RuntimeException";

    private RuntimeErrors() {
    }

    /** Strict mode: VariableOps.GetVariableValue, target = the variable's name as written. */
    public static PSRuntimeException variableIsUndefined(String name) {
        return new PSRuntimeException(RUNTIME, "The variable '$" + name + "' cannot be retrieved because it has not been set.")
                .withError("VariableIsUndefined", "InvalidOperation", name);
    }

    /** Strict mode version 2: a PropertyNotFoundException (ExtendedTypeSystemException: NotSpecified, no target). */
    public static PSRuntimeException propertyNotFoundStrict(String name) {
        return new PSRuntimeException("System.Management.Automation.PropertyNotFoundException",
                "The property '" + name + "' cannot be found on this object. Verify that the property exists.")
                .withError("PropertyNotFoundStrict", "NotSpecified", null);
    }

    /** PSInvokeMemberBinder: target = the method name. */
    public static PSRuntimeException methodNotFound(String typeName, String method) {
        return new PSRuntimeException(RUNTIME, "Method invocation failed because [" + typeName
                + "] does not contain a method named '" + method + "'.").withError("MethodNotFound", "InvalidOperation", method);
    }

    public static PSRuntimeException invokeMethodOnNull() {
        return new PSRuntimeException(RUNTIME, "You cannot call a method on a null-valued expression.")
                .withError("InvokeMethodOnNull", "InvalidOperation", null);
    }

    public static PSRuntimeException nullArray() {
        return new PSRuntimeException(RUNTIME, "Cannot index into a null array.").withError("NullArray", "InvalidOperation", null);
    }

    /** CommandDiscovery: CommandNotFoundException, ObjectNotFound, target = the name as called (5.1 text). */
    public static PSRuntimeException commandNotFound(String name) {
        return new PSRuntimeException("System.Management.Automation.CommandNotFoundException",
                "The term '" + name + "' is not recognized as the name of a cmdlet, function, script file, or operable "
                        + "program. Check the spelling of the name, or if a path was included, verify that the path is "
                        + "correct and try again.").withError("CommandNotFoundException", "ObjectNotFound", name);
    }
}
