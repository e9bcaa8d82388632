package io.openecma.password;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The password-worker's configuration (prefix {@code openecma.password-worker}); see application.properties. */
@ConfigMapping(prefix = "openecma.password-worker")
public interface PasswordSettings {

    /** Connector names served, or {@code *} for all. */
    @WithDefault("*")
    List<String> connectors();

    /** Root of the connectors' folders (the same as the script-worker's: the Password script may share its data). */
    Path dataDir();

    /** Extra time past the connector's scriptTimeoutMinutes before the worker gives up on a call. */
    @WithDefault("30s")
    Duration timeoutGrace();

    /** When set, no Password script call may run longer than this. */
    Optional<Duration> scriptTimeoutCap();

    /** Retries of a transient failure before it is reported. */
    @WithDefault("2")
    int transientRetries();

    @WithDefault("2s")
    Duration retryBackoff();
}
