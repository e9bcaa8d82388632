package io.openecma.password;

import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.kafka.LoopHealth;
import io.openecma.schemas.events.kafka.PollLoops;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaContractSide;
import io.openecma.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.fail;

/** A password loop whose consumer throws: retriable errors are waited out, a fatal one turns /q/health/live DOWN. */
@QuarkusTest
@WithTestResource(KafkaResource.class)
class PasswordLoopLivenessTest {

    @Inject
    PollLoops loops;

    @Test
    void aRetriableErrorKeepsTheWorkerAliveAndAFatalOneTurnsItDown() throws Exception {
        ConnectorDefinition definition = KafkaContractSide.definition(Path.of("src/test/resources/connectors/pwprobe"),
                "pwliveness");
        ConnectorSnapshot snapshot = new ConnectorSnapshot(Message.CURRENT_VERSION, UUID.randomUUID(), definition.name(),
                definition, null, ConnectorSnapshot.hashOf(definition), 1, Instant.now());
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        consumer.setPollException(new KafkaException("broker connection lost"));
        LoopHealth health = loops.register("password-pwliveness");
        PasswordLoop loop = new PasswordLoop(snapshot, consumer,
                new PasswordHandler(definition, null, null, null, null, null), health);
        try {
            loop.start();
            await(() -> health.retries() == 1 && health.state() == LoopHealth.State.POLLING, "polling again");
            given().when().get("/q/health/live").then().statusCode(200)
                    .body("checks.find { it.name == 'kafka-poll-loops' }.data.'password-pwliveness'",
                            containsString("1 retries"));

            consumer.setPollException(new SaslAuthenticationException("authentication failed"));
            await(() -> health.state() == LoopHealth.State.FAILED, "the loop marked dead");
            given().when().get("/q/health/live").then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'kafka-poll-loops' }.data.'password-pwliveness'",
                            containsString("SaslAuthenticationException"));
            await(consumer::closed, "the consumer closed");
        } finally {
            loop.stop();
            loops.remove(health);
        }
        given().when().get("/q/health/live").then().statusCode(200);
    }

    private static void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within 30 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
