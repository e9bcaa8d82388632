package io.openecma.powershell;

import io.openecma.powershell.host.FileSystemAccess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * How an engine instance is confined and hosted.
 *
 * @param timeLimit          per-execution wall-clock limit; {@code null} means none
 * @param cancellation       polled while a script runs; returning true stops it
 * @param fileSystemRoots    the only directories file cmdlets may touch; empty means no file access
 * @param workingDirectory   the current location scripts start in (must lie under a root to be usable)
 * @param environment        what {@code $env:} shows; the JVM's environment is never exposed implicitly
 * @param hostOutput         receives Write-Host text (the runner prints it); {@code null} drops it
 * @param pathMapper         maps every path a script names (e.g. {@code C:\x}) to a host path before the
 *                           roots check; {@code null} means {@link FileSystemAccess#drivePathsUnderFirstRoot}
 * @param streamOutput       receives each verbose, debug, warning and information record (stream name,
 *                           text) as the script writes it, so a long script can be followed while it runs;
 *                           they are in the {@link ScriptResult} too. {@code null} drops them here.
 * @param dataProtection     protects SecureStrings written to CLIXML (DPAPI's role on Windows); {@code null}
 *                           means SecureStrings cannot be exported or imported
 * @param limits             call depth and memory per script run; {@code null} means {@link ScriptLimits#defaults()}
 * @param network            the hosts scripts may connect to; {@code null} means every host
 */
public record EngineOptions(Duration timeLimit,
                            BooleanSupplier cancellation,
                            List<Path> fileSystemRoots,
                            Path workingDirectory,
                            Map<String, String> environment,
                            java.util.function.Consumer<String> hostOutput,
                            UnaryOperator<String> pathMapper,
                            java.util.function.BiConsumer<String, String> streamOutput,
                            io.openecma.powershell.host.DataProtection dataProtection,
                            ScriptLimits limits,
                            io.openecma.powershell.host.NetworkAccess network) {

    /** Without a path mapper (the default one applies). */
    public EngineOptions(Duration timeLimit, BooleanSupplier cancellation, List<Path> fileSystemRoots,
                         Path workingDirectory, Map<String, String> environment,
                         java.util.function.Consumer<String> hostOutput) {
        this(timeLimit, cancellation, fileSystemRoots, workingDirectory, environment, hostOutput, null, null, null, null, null);
    }

    public EngineOptions {
        cancellation = cancellation == null ? () -> false : cancellation;
        fileSystemRoots = List.copyOf(Objects.requireNonNullElse(fileSystemRoots, List.of()));
        environment = Map.copyOf(Objects.requireNonNullElse(environment, Map.of()));
        limits = limits == null ? ScriptLimits.defaults() : limits;
        network = network == null ? io.openecma.powershell.host.NetworkAccess.unrestricted() : network;
    }

    public static EngineOptions defaults() {
        return new EngineOptions(null, null, List.of(), null, Map.of(), null, null, null, null, null, null);
    }

    public EngineOptions withTimeLimit(Duration limit) {
        return new EngineOptions(limit, cancellation, fileSystemRoots, workingDirectory, environment, hostOutput, pathMapper, streamOutput, dataProtection, limits, network);
    }

    public EngineOptions withCancellation(BooleanSupplier cancelled) {
        return new EngineOptions(timeLimit, cancelled, fileSystemRoots, workingDirectory, environment, hostOutput, pathMapper, streamOutput, dataProtection, limits, network);
    }

    public EngineOptions withFileSystemRoots(List<Path> roots, Path workingDirectory) {
        return new EngineOptions(timeLimit, cancellation, roots, workingDirectory, environment, hostOutput, pathMapper, streamOutput, dataProtection, limits, network);
    }

    public EngineOptions withEnvironment(Map<String, String> env) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, env, hostOutput, pathMapper, streamOutput, dataProtection, limits, network);
    }

    /**
     * Replaces the default mapping of script paths (Windows drive paths under the first root). The
     * mapper gets the path as the script wrote it and returns a host path (absolute, or relative to
     * the current location); what it returns is still confined to the roots. An
     * IllegalArgumentException from it refuses the path with its message.
     */
    public EngineOptions withPathMapper(UnaryOperator<String> mapper) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, environment, hostOutput, mapper, streamOutput, dataProtection, limits, network);
    }

    public EngineOptions withStreamOutput(java.util.function.BiConsumer<String, String> sink) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, environment, hostOutput, pathMapper, sink, dataProtection, limits, network);
    }

    public EngineOptions withHostOutput(java.util.function.Consumer<String> sink) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, environment, sink, pathMapper, streamOutput, dataProtection, limits, network);
    }

    /** The protection for SecureStrings in CLIXML, e.g. {@code DataProtection.withKey(key)}. */
    public EngineOptions withDataProtection(io.openecma.powershell.host.DataProtection protection) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, environment, hostOutput, pathMapper,
                streamOutput, protection, limits, network);
    }

    /** Call depth and memory per script run. */
    public EngineOptions withLimits(ScriptLimits scriptLimits) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, environment, hostOutput, pathMapper,
                streamOutput, dataProtection, scriptLimits, network);
    }

    /** The hosts scripts may connect to. */
    public EngineOptions withNetworkAccess(io.openecma.powershell.host.NetworkAccess access) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, environment, hostOutput, pathMapper,
                streamOutput, dataProtection, limits, access);
    }
}
