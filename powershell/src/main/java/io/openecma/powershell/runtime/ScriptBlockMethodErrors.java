package io.openecma.powershell.runtime;

/**
 * {@code $block.Invoke(...)} is a .NET method call, so a terminating error inside the block reaches
 * the caller as a MethodInvocationException around it ("Exception calling "Invoke" with "N"
 * argument(s): ..."), ErrorId the inner exception's short type name (MiscOps.cs
 * ConvertToMethodInvocationException), as for any other method.
 */
final class ScriptBlockMethodErrors {

    private ScriptBlockMethodErrors() {
    }

    static PSRuntimeException wrap(PSRuntimeException inner, String method, int argCount) {
        String typeName = inner.typeName();
        return new PSRuntimeException("System.Management.Automation.MethodInvocationException",
                "Exception calling \"" + method + "\" with \"" + argCount + "\" argument(s): \"" + inner.getMessage() + "\"", inner)
                .withError(typeName.substring(typeName.lastIndexOf('.') + 1), "NotSpecified", null);
    }
}
