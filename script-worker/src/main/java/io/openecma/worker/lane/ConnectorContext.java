package io.openecma.worker.lane;

import io.openecma.runtime.ScriptRuntime;
import io.openecma.runtime.ScriptRuntimes;
import io.openecma.runtime.host.ConnectorFolders;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Json;
import io.openecma.worker.WorkerSettings;
import io.openecma.worker.execution.ScriptExecutor;
import io.openecma.worker.kafka.Publisher;
import io.openecma.schemas.tracing.KafkaTracing;
import io.openecma.worker.observability.ScriptLog;
import io.openecma.worker.observability.WorkerMetrics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the handlers of one connector share: its snapshot and folders, the schema ($Types) the
 * snapshot carries or, until sync-core has stored one, the one a worker's Schema script returned,
 * and the services they publish and measure with.
 */
public final class ConnectorContext {

    private static final Logger LOG = Logger.getLogger(ConnectorContext.class);

    private final ConnectorSnapshot snapshot;
    private final ConnectorFolders folders;
    private final SecretBox secrets;
    private final WorkerSettings settings;
    private final Publisher publisher;
    private final WorkerMetrics metrics;
    private final Semaphore scriptPermits;
    private final String workerId;
    private final AtomicReference<Schema> schema;
    private final KafkaTracing tracing;

    ConnectorContext(ConnectorSnapshot snapshot, ConnectorFolders folders, SecretBox secrets, WorkerSettings settings,
                     Publisher publisher, WorkerMetrics metrics, Semaphore scriptPermits, String workerId,
                     KafkaTracing tracing) {
        this.snapshot = snapshot;
        this.folders = folders;
        this.secrets = secrets;
        this.settings = settings;
        this.publisher = publisher;
        this.metrics = metrics;
        this.scriptPermits = scriptPermits;
        this.workerId = workerId;
        this.schema = new AtomicReference<>(snapshot.schema());
        this.tracing = tracing;
    }

    /** Spans for the work of a record, children of the span that sent it. */
    public KafkaTracing tracing() {
        return tracing;
    }

    public String name() {
        return snapshot.connector();
    }

    public ConnectorSnapshot snapshot() {
        return snapshot;
    }

    public ConnectorDefinition definition() {
        return snapshot.definition();
    }

    public WorkerSettings settings() {
        return settings;
    }

    public Publisher publisher() {
        return publisher;
    }

    public WorkerMetrics metrics() {
        return metrics;
    }

    public String workerId() {
        return workerId;
    }

    /** A runtime of its own per handler: a runtime's script host is not shared between threads. */
    public ScriptRuntime newRuntime() {
        return ScriptRuntimes.forDefinition(definition(), folders, secrets, new ScriptLog(name()));
    }

    public ScriptExecutor newExecutor(String threadName) {
        return new ScriptExecutor(threadName, scriptPermits);
    }

    /** The connector's time limit per script call, capped by the worker's setting. */
    public Duration callLimit() {
        int minutes = definition().scriptTimeoutMinutes();
        Duration limit = minutes > 0 ? Duration.ofMinutes(minutes).plus(settings.timeoutGrace()) : Duration.ofDays(1);
        return settings.scriptTimeoutCap().filter(cap -> cap.compareTo(limit) < 0).orElse(limit);
    }

    /**
     * The record's message, or empty when it cannot be read: then it is logged and set aside as a
     * dead letter (reason "unreadable " + what), so the loop commits past it and nothing is lost.
     */
    public <T> Optional<T> read(ConsumerRecord<String, byte[]> record, Class<T> type, String what) {
        try {
            return Optional.of(Json.read(record.value(), type));
        } catch (RuntimeException e) {
            LOG.errorf("connector %s: unreadable %s at %s-%d@%d set aside: %s", name(), what, record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            publisher.deadLetter(record.topic(), record.key(), "unreadable " + what + ": " + e.getMessage(), record.value());
            return Optional.empty();
        }
    }

    /** The schema for $Types: the snapshot's, else the one discovered by this worker. */
    public Schema schema() {
        return schema.get();
    }

    /** What this worker's Schema script returned; used until sync-core has stored a schema. */
    public void discovered(Schema discovered) {
        schema.compareAndSet(null, discovered);
    }

    /** The schema sync-core stored and published in a newer snapshot. */
    void stored(Schema stored) {
        schema.set(stored);
    }
}
