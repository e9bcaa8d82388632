package io.openecma.powershell.types;

/** The exceptions a script's limits raise (runtime.limits), so scripts can name them in catch and -is. */
final class LimitErrorTypes {

    private LimitErrorTypes() {
    }

    static void register(TypeRegistry registry) {
        // ExecutionExceptions.cs: public class ScriptCallDepthException : SystemException
        registry.registerExceptionType("System.Management.Automation.ScriptCallDepthException", "System.SystemException");
        registry.registerExceptionType("System.OutOfMemoryException", "System.SystemException");
        registry.registerExceptionType("System.InsufficientMemoryException", "System.OutOfMemoryException");
    }
}
