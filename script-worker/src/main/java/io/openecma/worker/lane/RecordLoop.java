package io.openecma.worker.lane;

import io.openecma.schemas.events.kafka.LoopHealth;
import io.openecma.schemas.events.kafka.PollFailures;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One consumer of a connector's group on its own thread. Each record is handed to the handler's
 * thread while this one keeps polling with its partitions paused (so a long import or a slow
 * script never exceeds max.poll.interval and loses the group); the record's offset is committed
 * only after the handler returned, i.e. after its results were acknowledged. A handler failure
 * seeks back so the record runs again. On stop, in-flight work gets the grace period to finish;
 * otherwise it is handed back uncommitted to the next consumer of the group.
 * <p>
 * A retriable Kafka error ({@link PollFailures}) is logged and polling goes on with the same
 * consumer after a backoff; a fatal one (or any end of the thread that {@link #stop()} did not ask
 * for) marks the loop's {@link LoopHealth} dead, which turns the worker's liveness DOWN.
 */
public final class RecordLoop {

    private static final Logger LOG = Logger.getLogger(RecordLoop.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final String name;
    private final Consumer<String, byte[]> consumer;
    private final LoopHealth health;
    private final List<String> topics;
    private final RecordHandler handler;
    private final Duration idleEvery;
    private final Duration grace;
    private final ExecutorService handlerThread;
    private final Thread thread;
    private volatile boolean running = true;
    private InFlight inFlight;

    public RecordLoop(String name, Map<String, Object> consumerConfig, List<String> topics, RecordHandler handler,
                      Duration idleEvery, Duration grace, LoopHealth health) {
        this(name, new KafkaConsumer<>(consumerConfig), topics, handler, idleEvery, grace, health);
    }

    /** With a consumer of the caller's (a test's {@code MockConsumer}). */
    public RecordLoop(String name, Consumer<String, byte[]> consumer, List<String> topics, RecordHandler handler,
                      Duration idleEvery, Duration grace, LoopHealth health) {
        this.name = name;
        this.consumer = consumer;
        this.health = health;
        this.topics = List.copyOf(topics);
        this.handler = handler;
        this.idleEvery = idleEvery;
        this.grace = grace;
        this.handlerThread = Executors.newSingleThreadExecutor(r -> daemon(r, name + "-handler"));
        this.thread = daemon(this::run, name);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public void start() {
        thread.start();
    }

    public LoopHealth health() {
        return health;
    }

    /** Finishes (within the grace period) or hands back the record in flight, then closes the consumer. */
    public void stop() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(grace.toMillis() + 15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            consumer.subscribe(topics, new Rebalance());
            long lastWork = System.nanoTime();
            while (running) {
                try {
                    if (pollOnce(lastWork)) {
                        lastWork = System.nanoTime();
                    }
                    health.polled();
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (PollFailures.isFatal(e)) {
                        throw e;
                    }
                    LOG.warnf("%s: %s; polling again after a pause", name, e);
                    LoopHealth.pause(health.retrying(e), () -> running);
                }
            }
        } catch (WakeupException e) {
            // stop() was called; whatever is in flight was settled in process()
        } catch (RuntimeException | Error e) {
            health.failed(e);
            LOG.errorf(e, "%s: consumer failed for good; its partitions go to the other workers of the group,"
                    + " and this worker reports itself not alive so it is restarted", name);
        } finally {
            health.ended(!running);
            runOnHandler(handler::close);
            handlerThread.shutdownNow();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** One poll and the records it brought; true when there was work (or the idle call ran). */
    private boolean pollOnce(long lastWork) {
        ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
        if (records.isEmpty()) {
            if (System.nanoTime() - lastWork > idleEvery.toNanos()) {
                runOnHandler(handler::idle);
                return true;
            }
            return false;
        }
        for (ConsumerRecord<String, byte[]> record : records) {
            process(record);
        }
        return true;
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        inFlight = new InFlight(record, partition, handlerThread.submit(() -> handler.handle(record)));
        try {
            consumer.pause(consumer.assignment());
            // wait on the work itself, so its end is seen at once; poll only to keep the group
            // (rebalance callbacks run inside poll), never to pass the time
            while (running && !finishedWithin(inFlight.work, POLL)) {
                try {
                    holdBack(consumer.poll(Duration.ZERO));
                } catch (WakeupException e) {
                    break;
                } catch (RuntimeException e) {
                    if (PollFailures.isFatal(e)) {
                        throw e; // run() ends; closing the handler waits for the work, which stays uncommitted
                    }
                    // keep waiting for the work in hand, so its offset is settled before anything else
                    LOG.warnf("%s: %s while a record is in flight; polling again after a pause", name, e);
                    LoopHealth.pause(health.retrying(e), () -> running);
                }
            }
            settle(running ? Duration.ofDays(1) : grace);
        } finally {
            inFlight = null;
            consumer.resume(consumer.assignment());
        }
    }

    private static boolean finishedWithin(Future<?> work, Duration wait) {
        try {
            work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            return true; // settle() reports it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Records of partitions assigned while paused are put back, to be read after the work in flight. */
    private void holdBack(ConsumerRecords<String, byte[]> stray) {
        for (TopicPartition p : stray.partitions()) {
            consumer.seek(p, stray.records(p).get(0).offset());
        }
        consumer.pause(consumer.assignment());
    }

    /** Waits for the work in flight; commits it when done, seeks back when it failed, leaves it uncommitted otherwise. */
    private void settle(Duration wait) {
        InFlight work = inFlight;
        if (work == null || work.settled) {
            return;
        }
        work.settled = true;
        try {
            work.work.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            commit(work);
        } catch (TimeoutException e) {
            LOG.warnf("%s: %s-%d@%d still running at stop; handed back uncommitted", name, work.record.topic(),
                    work.record.partition(), work.record.offset());
            work.work.cancel(true);
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "%s: %s-%d@%d failed and runs again", name, work.record.topic(),
                    work.record.partition(), work.record.offset());
            if (consumer.assignment().contains(work.partition)) {
                consumer.seek(work.partition, work.record.offset());
            }
            sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            work.work.cancel(true);
        }
    }

    private void commit(InFlight work) {
        if (!consumer.assignment().contains(work.partition)) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offset = Map.of(work.partition, new OffsetAndMetadata(work.record.offset() + 1));
        try {
            consumer.commitSync(offset);
        } catch (WakeupException e) {
            // the stop's wake-up landed here: the work is done, so commit it still
            consumer.commitSync(offset);
        }
    }

    private void runOnHandler(Runnable task) {
        try {
            handlerThread.submit(task).get(grace.toMillis() + 15_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "%s: %s", name, e.getCause().getMessage());
        } catch (TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            LOG.warnf("%s: handler did not finish %s", name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class InFlight {
        final ConsumerRecord<String, byte[]> record;
        final TopicPartition partition;
        final Future<?> work;
        boolean settled;

        InFlight(ConsumerRecord<String, byte[]> record, TopicPartition partition, Future<?> work) {
            this.record = record;
            this.partition = partition;
            this.work = work;
        }
    }

    /** A rebalance that takes the partition in flight waits for its work first, so its offset is committed. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (inFlight != null && partitions.contains(inFlight.partition)) {
                settle(grace);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (inFlight != null) {
                consumer.pause(partitions);
            }
        }
    }
}
