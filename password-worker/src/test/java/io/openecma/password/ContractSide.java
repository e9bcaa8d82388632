package io.openecma.password;

import io.openecma.schemas.events.Json;
import io.openecma.schemas.events.PasswordResult;
import io.openecma.schemas.events.WorkerResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaContractSide;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** sync-core's side of the password contract over the real broker. */
final class ContractSide extends KafkaContractSide {

    /** Waits for the password result of a request. */
    PasswordResult awaitResult(UUID correlationId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> r : readAll(List.of(Topics.RESULTS))) {
                WorkerResult result = Json.read(r.value(), WorkerResult.class);
                if (result instanceof PasswordResult p && p.correlationId().equals(correlationId)) {
                    return p;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no password result for " + correlationId + " within " + timeout);
    }
}
