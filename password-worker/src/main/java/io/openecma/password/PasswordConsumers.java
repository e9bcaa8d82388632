package io.openecma.password;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SealedBox;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.kafka.PollLoops;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One password consumer per served connector, following the connector snapshots. */
@ApplicationScoped
public class PasswordConsumers {

    private static final Logger LOG = Logger.getLogger(PasswordConsumers.class);

    @Inject
    PasswordSettings settings;
    @Inject
    KafkaClients kafka;
    @Inject
    PasswordMetrics metrics;
    @Inject
    PollLoops pollLoops;
    @ConfigProperty(name = "openecma.secret.key")
    Optional<String> secretKey;
    @ConfigProperty(name = "openecma.secret.key-id", defaultValue = SecretBox.DEFAULT_KEY_ID)
    String secretKeyId;
    @ConfigProperty(name = "openecma.password.private-key")
    Optional<String> privateKey;
    @ConfigProperty(name = "openecma.password.key-id", defaultValue = "password-1")
    String passwordKeyId;

    private EnvelopeOpener envelopes;
    private final Map<String, PasswordLoop> running = new HashMap<>();
    private boolean stopped;

    @PostConstruct
    void init() {
        SecretBox legacy = secretKey.filter(k -> !k.isBlank())
                .map(k -> new SecretBox(secretKeyId, Base64.getDecoder().decode(k.trim()))).orElse(null);
        SealedBox sealed = privateKey.filter(k -> !k.isBlank())
                .map(k -> SealedBox.forOpening(passwordKeyId, k)).orElse(null);
        envelopes = new EnvelopeOpener(sealed, legacy);
        if (sealed == null) {
            LOG.error("OPENECMA_PASSWORD_PRIVATE_KEY is not set: password envelopes the ingress seals cannot be"
                    + " opened; every such request will fail");
        }
    }

    public synchronized void updated(ConnectorSnapshot snapshot) {
        String name = snapshot.connector();
        if (stopped || !serves(name)) {
            return;
        }
        PasswordLoop loop = running.get(name);
        if (loop != null && loop.contentHash().equals(snapshot.contentHash())) {
            return;
        }
        if (loop != null) {
            stop(loop);
        }
        ConnectorFolders folders = ConnectorFolders.under(settings.dataDir().resolve(name));
        PasswordHandler handler = new PasswordHandler(snapshot.definition(), folders, envelopes, settings, kafka, metrics);
        PasswordLoop started = new PasswordLoop(snapshot, kafka.consumer("openecma-password-worker-" + name,
                "openecma-password-worker-" + name, true), handler, pollLoops.register("password-" + name));
        running.put(name, started);
        started.start();
        LOG.infof("connector %s: password requests served", name);
    }

    public synchronized void removed(String connector) {
        PasswordLoop loop = running.remove(connector);
        if (loop != null) {
            stop(loop);
        }
    }

    /** Stopped on purpose: no longer judged by the liveness check. */
    private void stop(PasswordLoop loop) {
        loop.stop();
        pollLoops.remove(loop.health());
    }

    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        List<PasswordLoop> all;
        synchronized (this) {
            stopped = true;
            all = List.copyOf(running.values());
            running.clear();
        }
        all.forEach(this::stop);
    }

    private boolean serves(String connector) {
        return settings.connectors().contains("*")
                || settings.connectors().stream().anyMatch(n -> n.trim().equalsIgnoreCase(connector));
    }
}
