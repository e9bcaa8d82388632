package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.runtime.PSRuntimeException;

/**
 * The TypeInitializationException .NET throws when a class's static initializer fails: its inner
 * exception is the script's error as a RuntimeException (the binder's wrapper, with the same error
 * record), whose inner exception is the original error.
 */
final class TypeInitializerFailure {

    private TypeInitializerFailure() {
    }

    static PSRuntimeException of(String className, PSRuntimeException error) {
        PSRuntimeException wrapper = new PSRuntimeException("System.Management.Automation.RuntimeException", error.getMessage(), error)
                .withError(error.errorId(), error.category(), error.targetObject());
        if (error.errorRecord() != null) {
            wrapper.withErrorRecord(error.errorRecord());
        }
        return new PSRuntimeException("System.TypeInitializationException",
                "The type initializer for '" + className + "' threw an exception.", wrapper)
                .withError("TypeInitializationException", "NotSpecified", null);
    }
}
