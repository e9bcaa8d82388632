package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.PSRuntimeException;

/** Instance members of exceptions. */
public final class ExceptionMembers {
    private ExceptionMembers() {
    }

    public static String getMessage(PSRuntimeException e) {
        return e.getMessage();
    }

    public static Object getInnerException(PSRuntimeException e) {
        Throwable c = e.getCause();
        return c instanceof PSRuntimeException p ? p.exceptionObject() : c;
    }

    /** ArgumentException.ParamName: the parameter name an ArgumentNullException was built with. */
    public static String getParamName(PSRuntimeException e) {
        return e.paramName();
    }

    /**
     * RuntimeException.ErrorRecord (and so every System.Management.Automation exception's) is never
     * null: made on first use from the exception's ErrorId (default: its short type name).
     */
    public static Object getErrorRecord(PSRuntimeException e) {
        if (e.errorRecord() == null && e.typeName().startsWith("System.Management.Automation.")) {
            String shortName = e.typeName().substring(e.typeName().lastIndexOf('.') + 1);
            new ErrorRecord(e, e.errorId() != null ? e.errorId() : shortName,
                    e.category() != null ? e.category() : "NotSpecified", e.targetObject(), null);
        }
        return e.errorRecord();
    }

    public static String ToString(PSRuntimeException e) {
        return e.typeName() + ": " + e.getMessage();
    }
}
