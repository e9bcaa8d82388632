package io.openecma.powershell.types.facades;

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

    public static Object getErrorRecord(PSRuntimeException e) {
        return e.errorRecord();
    }

    public static String ToString(PSRuntimeException e) {
        return e.typeName() + ": " + e.getMessage();
    }
}
