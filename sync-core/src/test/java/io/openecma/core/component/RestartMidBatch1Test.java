package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WorkerSide;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.ExportResult;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.openecma.core.component.ExportFailureTest.poll;
import static io.openecma.core.component.RestartMidBatch.FIRST;
import static io.openecma.core.component.RestartMidBatch.SECOND;
import static io.openecma.core.component.RestartMidBatch.batchesFor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** First life of {@link RestartMidBatch}: exports in flight and a change waiting when sync-core stops. */
@QuarkusTest
@TestProfile(RestartMidBatch.FirstLife.class)
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class RestartMidBatch1Test {

    @Test
    void exportsAreInFlightAndAChangeWaitsWhenSyncCoreStops() {
        try (WorkerSide worker = new WorkerSide()) {
            HrConnector.ensureReady(worker);
            for (String anchor : List.of(FIRST, SECOND)) {
                ScimChangeEvent create = Events.change(ChangeOperation.CREATE, anchor, true,
                        AttributeDelta.replace("EmployeeId", anchor), AttributeDelta.replace("userName", "user-" + anchor));
                worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(TestConnectors.HR, anchor), create);
            }
            poll(() -> assertEquals(1, batchesFor(worker, FIRST).size()));
            poll(() -> assertEquals(1, batchesFor(worker, SECOND).size()));
            ScimChangeEvent modify = Events.change(ChangeOperation.MODIFY, FIRST, null, AttributeDelta.replace("title", "Pilot"));
            worker.publish(Topics.SCIM_CHANGES, Topics.changeKey(TestConnectors.HR, FIRST), modify);
            poll(() -> given().header("Authorization", HrConnector.ADMIN_TOKEN)
                    .get("/admin/connectors/hr/objects/User/" + FIRST).then().statusCode(200)
                    .body("state", equalTo("pending_add")).body("pendingChange.attributes.title", equalTo("Pilot")));
        }
    }
}

