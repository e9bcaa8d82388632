package io.openecma.core.component;

import io.openecma.core.testing.Events;
import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ImportPage;
import io.openecma.schemas.events.ImportRequest;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.OutcomeStatus;
import io.openecma.schemas.events.ScimChangeEvent;
import io.openecma.schemas.events.ScimOutcome;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.openecma.core.component.ExportFailureTest.poll;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Import pages and export results travel in separate lanes (issue #14, isolation): while an import
 * page cannot be applied (here: its run is locked by another transaction, as a long page would
 * hold it), a SCIM write whose export result arrives meanwhile is still answered. With one lane
 * the result would wait behind the page.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class ResultLanesTest extends WithWorkerSide {

    @Inject
    EntityManager em;

    @BeforeEach
    void connectorReady() {
        HrConnector.ensureReady(worker);
    }

    @Test
    void anExportResultIsAppliedWhileAnImportPageWaits() throws Exception {
        String runId = given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .post("/admin/connectors/hr/imports?type=delta").then().statusCode(202).extract().path("runId");
        ImportRequest request = worker.await(Topics.imports(TestConnectors.HR), ImportRequest.class,
                r -> r.runId().toString().equals(runId));

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("SELECT run_id FROM import_run WHERE run_id = ?1 FOR UPDATE")
                    .setParameter(1, request.runId()).getResultList();
            locked.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), "import-run-lock");
        holder.start();
        assertTrue(locked.await(30, TimeUnit.SECONDS), "the import run was not locked");
        try {
            worker.publish(Topics.IMPORT_PAGES, Topics.resultKey(request.runId()), new ImportPage(
                    Message.CURRENT_VERSION, UUID.randomUUID(), request.runId(), TestConnectors.HR, 1, List.of(
                    Events.imported("e001", Map.of("userName", "ada", "title", "Principal", "isActive", true))),
                    false, "watermark-lanes", null));

            ScimChangeEvent create = Events.change(ChangeOperation.CREATE, "e700", true,
                    AttributeDelta.replace("EmployeeId", "e700"), AttributeDelta.replace("userName", "lane"));
            ScimChangeFlowTest.send(create);
            ScimChangeFlowTest.succeed(ScimChangeFlowTest.awaitBatch("e700", 0));
            ScimOutcome outcome = ScimChangeFlowTest.outcomeOf(create);
            assertEquals(OutcomeStatus.APPLIED, outcome.status());
            assertEquals(201, outcome.httpStatus());
            assertTrue(holder.isAlive(), "the write was answered only after the page's run was released");
        } finally {
            release.countDown();
            holder.join(30_000);
        }
        poll(() -> given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .get("/admin/connectors/hr/objects/User/e001").then().statusCode(200)
                .body("attributes.title", equalTo("Principal")));
    }
}
