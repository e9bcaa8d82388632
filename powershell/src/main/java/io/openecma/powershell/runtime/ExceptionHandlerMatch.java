package io.openecma.powershell.runtime;

import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.TypeRegistry;

/**
 * Whether a typed {@code catch [T]} or {@code trap [T]} takes an error, as
 * ExceptionHandlingOps.FindMatchingHandler (MiscOps.cs) decides: the error's inner exception
 * first, then the error itself; then, for an ActionPreferenceStopException, the exception of the
 * error record it carries (so {@code -ErrorAction Stop} errors are caught by their own type); for
 * a CmdletInvocationException, the inner exception's inner exception.
 */
final class ExceptionHandlerMatch {

    private ExceptionHandlerMatch() {
    }

    static boolean matches(TypeRegistry types, PSRuntimeException error, PSType type) {
        PSRuntimeException current = error;
        for (int guard = 0; current != null && guard < 8; guard++) {
            Throwable inner = current.getCause();
            if (inner != null && types.isExceptionOf(inner, type)) {
                return true;
            }
            if (types.isExceptionOf(current, type)) {
                return true;
            }
            if (current instanceof ActionPreferenceStopException stop) {
                PSRuntimeException carried = stop.stoppedRecord().carrier();
                if (carried == current) {
                    return false;
                }
                current = carried;
                continue;
            }
            if (current.typeName().endsWith(".CmdletInvocationException") && inner != null && inner.getCause() != null) {
                return types.isExceptionOf(inner.getCause(), type);
            }
            return false;
        }
        return false;
    }
}
