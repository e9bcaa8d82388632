package io.openecma.powershell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How an engine instance is confined and hosted.
 *
 * @param timeLimit          per-execution wall-clock limit; {@code null} means none
 * @param cancellation       polled while a script runs; returning true stops it
 * @param fileSystemRoots    the only directories file cmdlets may touch; empty means no file access
 * @param workingDirectory   the current location scripts start in (must lie under a root to be usable)
 * @param environment        what {@code $env:} shows; the JVM's environment is never exposed implicitly
 * @param hostOutput         receives Write-Host text (the runner prints it); {@code null} drops it
 */
public record EngineOptions(Duration timeLimit,
                            BooleanSupplier cancellation,
                            List<Path> fileSystemRoots,
                            Path workingDirectory,
                            Map<String, String> environment,
                            java.util.function.Consumer<String> hostOutput) {

    public EngineOptions {
        cancellation = cancellation == null ? () -> false : cancellation;
        fileSystemRoots = List.copyOf(Objects.requireNonNullElse(fileSystemRoots, List.of()));
        environment = Map.copyOf(Objects.requireNonNullElse(environment, Map.of()));
    }

    public static EngineOptions defaults() {
        return new EngineOptions(null, null, List.of(), null, Map.of(), null);
    }

    public EngineOptions withTimeLimit(Duration limit) {
        return new EngineOptions(limit, cancellation, fileSystemRoots, workingDirectory, environment, hostOutput);
    }

    public EngineOptions withCancellation(BooleanSupplier cancelled) {
        return new EngineOptions(timeLimit, cancelled, fileSystemRoots, workingDirectory, environment, hostOutput);
    }

    public EngineOptions withFileSystemRoots(List<Path> roots, Path workingDirectory) {
        return new EngineOptions(timeLimit, cancellation, roots, workingDirectory, environment, hostOutput);
    }

    public EngineOptions withEnvironment(Map<String, String> env) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, env, hostOutput);
    }

    public EngineOptions withHostOutput(java.util.function.Consumer<String> sink) {
        return new EngineOptions(timeLimit, cancellation, fileSystemRoots, workingDirectory, environment, sink);
    }
}
