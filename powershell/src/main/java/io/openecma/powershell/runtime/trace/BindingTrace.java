package io.openecma.powershell.runtime.trace;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.TypeRegistry;

/**
 * The ParameterBinding trace points of the cmdlet binder, with PowerShell's texts
 * (CmdletParameterBinderController.cs, ParameterBinderBase.cs, CommandProcessor*.cs). Only the
 * steps this engine's binder really takes are traced; each call is one volatile read when off.
 */
public final class BindingTrace {
    private static final PSTraceSource T = TraceCatalog.PARAMETER_BINDING;

    private BindingTrace() {
    }

    public static PSTraceSource.Scope named(String command) {
        return T.scope("BIND NAMED cmd line args [{0}]", command);
    }

    public static PSTraceSource.Scope positional(String command) {
        return T.scope("BIND POSITIONAL cmd line args [{0}]", command);
    }

    /** One argument bound to one parameter: the BIND arg scope and its SUCCESSFUL line. */
    public static void bound(Object argument, String parameter, Object converted) {
        if (T.options() == PSTraceSourceOptions.NONE) {
            return;
        }
        try (PSTraceSource.Scope s = T.scope("BIND arg [{0}] to parameter [{1}]", text(argument), parameter)) {
            T.writeLine("BIND arg [{0}] to param [{1}] SUCCESSFUL", text(converted), parameter);
        }
    }

    public static PSTraceSource.Scope mandatoryCheck(String command) {
        return T.scope("MANDATORY PARAMETER CHECK on cmdlet [{0}]", command);
    }

    /** A pipeline object bound to a cmdlet's parameters (BIND PIPELINE ... / PIPELINE object TYPE). */
    public static PSTraceSource.Scope pipeline(String command, Object item) {
        PSTraceSource.Scope s = T.scope("BIND PIPELINE object to parameters: [{0}]", command);
        if (T.options() != PSTraceSourceOptions.NONE) {
            T.writeLine("PIPELINE object TYPE = [{0}]", item == null ? "null" : TypeRegistry.typeNameOf(LanguagePrimitives.base(item)));
            T.writeLine("RESTORING pipeline parameter's original values");
        }
        return s;
    }

    public static void pipelineParameter(String parameter) {
        T.writeLine("Parameter [{0}] PIPELINE INPUT ValueFromPipeline NO COERCION", parameter);
    }

    /** CALLING BeginProcessing / ProcessRecord / EndProcessing. */
    public static PSTraceSource.Scope calling(String stage) {
        return T.scope("CALLING " + stage);
    }

    /** An argument as the binder's trace shows it: its ToString, or "null". */
    private static String text(Object v) {
        Object b = LanguagePrimitives.unwrapNull(v);
        if (b == null) {
            return "null";
        }
        if (b instanceof Object[] || LanguagePrimitives.isEnumerable(b) && !(b instanceof String)) {
            return TypeRegistry.typeNameOf(b);
        }
        return LanguagePrimitives.toStringValue(b);
    }
}
