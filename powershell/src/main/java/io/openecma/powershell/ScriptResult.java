package io.openecma.powershell;

import io.openecma.powershell.runtime.ErrorRecord;

import java.util.List;
import java.util.Optional;

/**
 * What one execution produced: the output stream (values in the engine's value model), the
 * non-terminating errors, the terminating error if the script stopped on one, and the captured
 * verbose, debug, warning and information streams as text.
 */
public record ScriptResult(List<Object> output,
                           List<ErrorRecord> errors,
                           Optional<ScriptError> terminatingError,
                           List<String> verbose,
                           List<String> debug,
                           List<String> warning,
                           List<String> information) {

    public ScriptResult {
        output = nullSafe(output);
        errors = List.copyOf(errors);
        verbose = List.copyOf(verbose);
        debug = List.copyOf(debug);
        warning = List.copyOf(warning);
        information = List.copyOf(information);
    }

    public boolean succeeded() {
        return terminatingError.isEmpty();
    }

    /** List.copyOf refuses nulls; $null is a legitimate output item. */
    private static List<Object> nullSafe(List<Object> items) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
