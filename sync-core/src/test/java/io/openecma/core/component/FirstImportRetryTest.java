package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.ImportType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.BatchFailure;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.FailureKind;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.events.SchemaRequest;
import io.openecma.schemas.events.SchemaResult;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.openecma.core.component.ExportFailureTest.poll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A failed first full import is tried again by itself, over real Kafka and PostgreSQL, the test
 * playing the worker and the ingress of connector {@value #RETRY} alone: with the check every
 * second and a retry pause of five (this test's profile; an hour and a minute elsewhere in the
 * tests), the first import fails, SCIM is answered 503 with the reason and Retry-After, the next
 * attempt starts without anyone asking, succeeds, and SCIM is served.
 */
@QuarkusTest
@TestProfile(FirstImportRetryTest.QuickRetry.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(FirstImportRetryTest.RetryConnector.class)
class FirstImportRetryTest extends WithWorkerSide {

    static final String RETRY = "retry";
    private static final String ADMIN = "Bearer test-admin-token";

    public static class QuickRetry implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the pause must outlast the steps the test takes while the first import is failed
            // (on a loaded machine they took more than 5 s); WorkerSide waits 30 s for the retry
            return Map.of("openecma.import.check-interval", "1s", "openecma.import.retry-after-failure", "15s");
        }
    }

    /** A connectors folder with only {@value #RETRY}, a copy of the CSV sample. */
    public static class RetryConnector implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            try {
                Path dir = Files.createTempDirectory("openecma-retry-connector");
                TestConnectors.copySample(dir, RETRY);
                return Map.of("openecma.connectors-dir", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            // a temporary folder; nothing to lose
        }
    }

    private static ScimOutcome sendAndAwait(ScimChangeEvent event) {
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(event.connector(), event.anchor()), event);
        return worker.await(Topics.OUTCOMES, ScimOutcome.class, o -> o.correlationId().equals(event.correlationId()));
    }

    private static ScimChangeEvent create(String anchor, String userName) {
        return new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(), RETRY, "User", anchor,
                anchor, ChangeOperation.CREATE, List.of(AttributeDelta.replace("EmployeeId", anchor),
                AttributeDelta.replace("userName", userName)), true, UUID.randomUUID().toString(), false, Instant.now(),
                null);
    }

    @Test
    void aFailedFirstImportIsRetriedByItselfAndThenScimIsServed() {
        SchemaRequest schema = worker.await(Topics.imports(RETRY), SchemaRequest.class, r -> true);
        worker.publish(Topics.RESULTS, Topics.resultKey(schema.requestId()), new SchemaResult(Message.CURRENT_VERSION,
                UUID.randomUUID(), schema.requestId(), RETRY, Events.HR_SCHEMA, null));
        ImportRequest first = worker.await(Topics.imports(RETRY), ImportRequest.class,
                r -> r.importType() == ImportType.Full);
        worker.publish(Topics.RESULTS, Topics.resultKey(first.runId()), new ImportPage(Message.CURRENT_VERSION,
                UUID.randomUUID(), first.runId(), RETRY, 1, List.of(), false, null,
                new BatchFailure(FailureKind.TRANSIENT, "target unreachable", null)));
        poll(() -> given().header("Authorization", ADMIN).get("/admin/connectors/retry/runs").then().statusCode(200)
                .body("find { it.runId == '" + first.runId() + "' }.status", equalTo("failed")));

        ScimOutcome refused = sendAndAwait(create("retry-u1", "early"));
        assertEquals(503, refused.httpStatus());
        assertTrue(refused.detail().contains("first full import of connector retry failed")
                && refused.detail().contains("target unreachable"), refused.detail());
        assertEquals(15 + 1, refused.retryAfterSeconds(), "the retry pause and one check interval");

        // nobody asks: the check finds the failed first import and starts it again after the pause
        ImportRequest retry = worker.await(Topics.imports(RETRY), ImportRequest.class,
                r -> r.importType() == ImportType.Full && !r.runId().equals(first.runId()));
        assertNotEquals(first.runId(), retry.runId());
        given().header("Authorization", ADMIN).get("/admin/connectors/retry/runs").then().statusCode(200)
                .body("find { it.runId == '" + retry.runId() + "' }.trigger", equalTo("retry"))
                .body("find { it.runId == '" + first.runId() + "' }.status", equalTo("failed"));
        worker.publish(Topics.RESULTS, Topics.resultKey(retry.runId()), new ImportPage(Message.CURRENT_VERSION,
                UUID.randomUUID(), retry.runId(), RETRY, 1, List.of(Events.imported("retry-u0",
                Map.of("userName", "first", "isActive", true))), false, "wm-1", null));
        poll(() -> given().header("Authorization", ADMIN).get("/admin/connectors").then().statusCode(200)
                .body("find { it.name == 'retry' }.status", equalTo("ready")));

        ScimChangeEvent served = create("retry-u1", "served");
        worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(RETRY, "retry-u1"), served);
        ExportBatch batch = worker.await(Topics.exports(RETRY), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals("retry-u1")));
        worker.publish(Topics.RESULTS, Topics.resultKey(batch.batchId()), new ExportResult(Message.CURRENT_VERSION,
                UUID.randomUUID(), batch.batchId(), RETRY, "test-worker", List.of(CSEntryChangeResult.success(
                batch.items().get(0).change().identifier())), null, Instant.now()));
        ScimOutcome created = worker.await(Topics.OUTCOMES, ScimOutcome.class,
                o -> o.correlationId().equals(served.correlationId()));
        assertEquals(201, created.httpStatus());
        assertEquals("retry-u1", created.object().scimId());
    }
}
