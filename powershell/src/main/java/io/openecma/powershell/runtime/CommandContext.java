package io.openecma.powershell.runtime;

import io.openecma.powershell.host.FileSystemAccess;

import java.util.List;
import java.util.Map;

/**
 * What a running cmdlet can see and do: its bound parameters, the current pipeline input,
 * the output and message streams, the confined file system and script-block invocation.
 */
public interface CommandContext {

    /** The bound value of a parameter (after conversion to its declared type), or null. */
    Object parameter(String name);

    boolean isBound(String name);

    /** True when a switch parameter was given and not set to $false. */
    boolean switchPresent(String name);

    /** Bound parameters by canonical name, in binding order. */
    Map<String, Object> boundParameters();

    /** The object currently being processed from the pipeline (null when none). */
    Object currentInput();

    /** True when the command receives pipeline input (not first in its pipeline). */
    boolean expectingInput();

    /** Writes one object to the output pipeline as is (a collection stays one object). */
    void writeObject(Object value);

    /** Writes a value, enumerating it if it is a collection (like an uncaptured expression). */
    void writeEnumerated(Object value);

    /** A non-terminating error; honours -ErrorAction / $ErrorActionPreference. */
    void writeError(ErrorRecord error);

    /** Convenience: a non-terminating error with the given .NET exception type, message and id. */
    void writeError(String exceptionType, String message, String errorId, String category, Object target);

    void writeVerbose(String text);

    void writeDebug(String text);

    void writeWarning(String text);

    void writeInformation(Object message);

    /** Where the command runs, for the ErrorRecords it builds itself. */
    default InvocationInfo invocationHere() {
        return InvocationInfo.NONE;
    }

    /** Write-Information with -Tags. */
    default void writeInformation(Object message, List<String> tags) {
        writeInformation(message);
    }

    /** Write-Host text, handed to the host. */
    void writeHost(String text);

    /** Builds the terminating error to throw: {@code throw ctx.terminatingError(...)}. */
    PSRuntimeException terminatingError(String exceptionType, String message, String errorId, String category);

    /** Runs a script block with {@code $_} set to {@code dollarUnderscore}; returns its output items. */
    List<Object> invoke(ScriptBlock block, Object dollarUnderscore, Object... args);

    /** The only way cmdlets reach files: resolves paths against the configured roots. */
    FileSystemAccess fileSystem();

    /**
     * Writes a non-terminating error whose FullyQualifiedErrorId is given whole, not qualified with
     * this cmdlet's type (Write-Error's record names the script command that called it).
     */
    default void writeErrorQualified(String exceptionType, String message, String fullyQualifiedErrorId, String category,
                                     Object target) {
        writeError(exceptionType, message, fullyQualifiedErrorId, category, target);
    }

    /** Reads a variable visible from the caller's scope (null when unset); "global:x", "script:x", "local:x" allowed. */
    Object variable(String name);

    /**
     * Sets a variable ({@code variable:} drive, scope prefixes allowed) or an environment variable
     * ({@code env:NAME}) as seen from the caller's scope.
     */
    default void setVariable(String name, Object value) {
        throw new UnsupportedOperationException("setVariable is not supported by this context");
    }

    /** Removes a variable or an environment variable ({@code env:NAME}); false when there was none. */
    default boolean removeVariable(String name) {
        throw new UnsupportedOperationException("removeVariable is not supported by this context");
    }

    /** Whether a variable exists (the {@code variable:} drive, e.g. Test-Path variable:global:x). */
    default boolean variableExists(String name) {
        return variable(name) != null;
    }

    /** Throws if the execution was cancelled or ran out of time. */
    void checkCancelled();

    /** Name the command was invoked with. */
    String commandName();
}
