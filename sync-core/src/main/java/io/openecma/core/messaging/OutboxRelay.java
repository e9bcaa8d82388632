package io.openecma.core.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends the outbox in id order with an idempotent producer (acks=all): one statement deletes a
 * chunk of rows and returns them, and its transaction commits only after the broker acknowledged
 * them. Rows are locked with SKIP LOCKED, so several sync-core replicas can relay side by side. A
 * crash between send and commit resends: consumers apply messages once by their id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int CHUNK = 500;

    @Inject
    EntityManager em;
    @Inject
    KafkaClients kafka;
    @ConfigProperty(name = "openecma.outbox.poll-interval", defaultValue = "100ms")
    Duration pollInterval;

    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;

    void start(@Observes StartupEvent event) {
        producer = kafka.producer();
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** Called after a transaction that wrote to the outbox committed. */
    public void wake() {
        signal.release();
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                while (running && relayChunk() == CHUNK) {
                    // a full chunk: more may be waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay: %s; retrying", e.getMessage());
                sleep(1000);
            }
        }
    }

    /**
     * Takes up to a chunk of rows out of the outbox in one statement and sends them; the delete
     * commits only once Kafka acknowledged every message, so a failed send or a crash before the
     * commit leaves the rows where they were, to be sent again.
     */
    private int relayChunk() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("DELETE FROM outbox WHERE id IN (SELECT id FROM outbox "
                            + "ORDER BY id LIMIT " + CHUNK + " FOR UPDATE SKIP LOCKED) "
                            + "RETURNING id, topic, target_partition, message_key, payload, traceparent, tracestate")
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            // RETURNING gives no order: messages leave in the order they were decided
            List<Object[]> ordered = new ArrayList<>(rows);
            ordered.sort(Comparator.comparingLong(r -> ((Number) r[0]).longValue()));
            List<Future<RecordMetadata>> sent = new ArrayList<>(ordered.size());
            for (Object[] r : ordered) {
                sent.add(producer.send(OutboxRelayRecords.ofReturnedRow(r)));
            }
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("Kafka did not acknowledge an outbox message: " + e, e);
                }
            }
            return rows.size();
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
