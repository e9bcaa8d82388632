package io.openecma.worker.lane;

import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.kafka.PollLoops;
import io.openecma.schemas.tracing.KafkaTracing;
import io.openecma.schemas.topics.Topics;
import io.openecma.worker.WorkerSettings;
import io.openecma.worker.export.ExportHandler;
import io.openecma.worker.imports.ImportHandler;
import io.openecma.worker.kafka.KafkaSettings;
import io.openecma.worker.kafka.Publisher;
import io.openecma.worker.observability.WorkerMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;

/**
 * Builds a connector's lane: in the group {@code openecma-script-worker-<connector>}, as many
 * export consumers as sessions per connector (each with its own export session; Kafka gives each
 * a share of the partitions, so one object's batches stay in order) and one consumer of the
 * imports topic (one partition: imports and schema requests run in order).
 */
@ApplicationScoped
public class LaneFactory {

    private static final Logger LOG = Logger.getLogger(LaneFactory.class);
    private static final Duration IDLE_CHECK = Duration.ofSeconds(1);

    @Inject
    WorkerSettings settings;
    @Inject
    KafkaSettings kafka;
    @Inject
    Publisher publisher;
    @Inject
    WorkerMetrics metrics;
    @Inject
    PollLoops pollLoops;
    @Inject
    KafkaTracing tracing;
    @ConfigProperty(name = "openecma.secret.key")
    Optional<String> secretKey;
    @ConfigProperty(name = "openecma.secret.key-id", defaultValue = SecretBox.DEFAULT_KEY_ID)
    String secretKeyId;

    private Semaphore scriptPermits;
    private SecretBox secrets;
    private String workerId;

    @PostConstruct
    void init() {
        scriptPermits = new Semaphore(Math.max(1, settings.maxConcurrentScripts()));
        secrets = secretKey.filter(k -> !k.isBlank())
                .map(k -> new SecretBox(secretKeyId, Base64.getDecoder().decode(k.trim()))).orElse(null);
        workerId = settings.id().orElseGet(LaneFactory::hostName);
    }

    public ConnectorLane start(ConnectorSnapshot snapshot) {
        String name = snapshot.connector();
        ConnectorFolders folders = ConnectorFolders.under(settings.dataDir().resolve(name));
        ConnectorContext context = new ConnectorContext(snapshot, folders, secrets, settings, publisher, metrics,
                scriptPermits, workerId, tracing);
        String group = "openecma-script-worker-" + name;
        String instance = workerId + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<RecordLoop> loops = new ArrayList<>();
        for (int i = 0; i < Math.max(1, settings.sessionsPerConnector()); i++) {
            String thread = "export-" + name + "-" + i;
            loops.add(new RecordLoop(thread, kafka.groupConsumer(group, instance + "-" + thread),
                    List.of(Topics.exports(name)), new ExportHandler(context, thread), IDLE_CHECK, settings.shutdownGrace(),
                    pollLoops.register(thread)));
        }
        String thread = "import-" + name;
        loops.add(new RecordLoop(thread, kafka.groupConsumer(group, instance + "-" + thread),
                List.of(Topics.imports(name)), new ImportHandler(context, thread), IDLE_CHECK, settings.shutdownGrace(),
                pollLoops.register(thread)));
        ConnectorLane lane = new ConnectorLane(context, loops, pollLoops);
        lane.start();
        LOG.infof("connector %s served (version %d, %d export sessions, data in %s)", name, snapshot.version(),
                settings.sessionsPerConnector(), folders.dataDir());
        return lane;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "script-worker";
        }
    }
}
