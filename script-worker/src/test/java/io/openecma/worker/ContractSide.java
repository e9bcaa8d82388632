package io.openecma.worker;

import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.events.WorkerResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaContractSide;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * sync-core's side of the worker's Kafka contract over the real broker: what {@link KafkaContractSide}
 * publishes, plus reading what the worker put on the results, import-page and dead-letter topics.
 */
public final class ContractSide extends KafkaContractSide {

    private final KafkaConsumer<String, byte[]> results;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public ContractSide() {
        results = reader();
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.RESULTS, Topics.IMPORT_PAGES, Topics.DEAD_LETTERS)) {
            partitions.addAll(partitionsOf(results, topic));
        }
        results.assign(partitions);
        results.seekToBeginning(partitions);
    }

    /** Asks the connector's workers for its schema, as sync-core does, and waits for the answer. */
    public SchemaResult requestSchema(String connector, Duration timeout) {
        UUID request = UUID.randomUUID();
        send(Topics.imports(connector), Topics.resultKey(request),
                new SchemaRequest(Message.CURRENT_VERSION, UUID.randomUUID(), request, connector));
        return await(SchemaResult.class, r -> r.requestId().equals(request), timeout);
    }

    /** The first result of this type that matches, waiting up to the timeout. */
    public <T extends WorkerResult> T await(Class<T> type, Predicate<T> match, Duration timeout) {
        return awaitAll(type, match, 1, timeout).get(0);
    }

    public <T extends WorkerResult> List<T> awaitAll(Class<T> type, Predicate<T> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<T> found = resultsOf(type, match);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + type.getSimpleName() + " within " + timeout
                        + ", got " + found);
            }
            poll(Duration.ofMillis(200));
        }
    }

    public <T extends WorkerResult> List<T> resultsOf(Class<T> type, Predicate<T> match) {
        List<T> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : seen) {
            if (r.topic().equals(Topics.RESULTS) || r.topic().equals(Topics.IMPORT_PAGES)) {
                WorkerResult result = Json.read(r.value(), WorkerResult.class);
                // the contract: import pages travel in their own lane, nothing else does
                if ((result instanceof ImportPage) != r.topic().equals(Topics.IMPORT_PAGES)) {
                    throw new AssertionError(result.getClass().getSimpleName() + " published to " + r.topic());
                }
                if (type.isInstance(result) && match.test(type.cast(result))) {
                    found.add(type.cast(result));
                }
            }
        }
        return found;
    }

    /** Reads what has arrived so far (results and dead letters). */
    public List<ConsumerRecord<String, byte[]>> poll(Duration wait) {
        results.poll(wait).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** The group's committed offset on a partition, if any. */
    public Optional<Long> committed(String group, TopicPartition partition) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return Optional.ofNullable(offsets.get(partition)).map(OffsetAndMetadata::offset);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public long endOffset(TopicPartition partition) {
        try (Admin admin = admin()) {
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        super.close();
        results.close();
    }
}
