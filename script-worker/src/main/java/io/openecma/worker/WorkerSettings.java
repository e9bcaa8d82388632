package io.openecma.worker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The script-worker's configuration (prefix {@code openecma.worker}); see application.properties. */
@ConfigMapping(prefix = "openecma.worker")
public interface WorkerSettings {

    /** Connector names this worker serves, or {@code *} for every connector in the snapshots topic. */
    @WithDefault("*")
    List<String> connectors();

    /** Root of the connectors' folders: {@code <data-dir>/<connector>/MAData}, {@code Temp}, {@code drives}. */
    Path dataDir();

    /** Export consumers (each with its own export session) per connector in this process. */
    @WithDefault("1")
    int sessionsPerConnector();

    /** Script executions running at once in this process, across all connectors. */
    @WithDefault("4")
    int maxConcurrentScripts();

    /** An open export session with no batch for this long runs End Export and is closed. */
    @WithDefault("60s")
    Duration exportIdleTimeout();

    /** Extra time given to the engine past the connector's scriptTimeoutMinutes before the worker gives up on a call. */
    @WithDefault("30s")
    Duration timeoutGrace();

    /** When set, no script call may run longer than this, whatever the connector says (tests, strict operators). */
    Optional<Duration> scriptTimeoutCap();

    /** Retries of a transient failure (ServerDownException, target unreachable) before it is reported. */
    @WithDefault("3")
    int transientRetries();

    /** Backoff before the first transient retry; doubled for each next one. */
    @WithDefault("2s")
    Duration retryBackoff();

    /** On shutdown (or when a connector is removed), how long in-flight work may take to finish before it is handed back. */
    @WithDefault("30s")
    Duration shutdownGrace();

    /** Identifies this worker in the results it publishes; defaults to the host name. */
    Optional<String> id();
}
