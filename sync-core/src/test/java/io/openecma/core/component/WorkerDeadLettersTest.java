package io.openecma.core.component;

import io.openecma.core.testing.HrConnector;
import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WithWorkerSide;
import io.openecma.schemas.events.DeadLetter;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.topics.Topics;
import io.openecma.testsupport.KafkaResource;
import io.openecma.testsupport.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Dead letters a worker publishes on openecma.dead-letters show in the admin API, listed with
 * connector and reason and counted, behind the admin token.
 */
@QuarkusTest
@WithTestResource(KafkaResource.class)
@WithTestResource(PostgresResource.class)
@WithTestResource(TestConnectors.class)
class WorkerDeadLettersTest extends WithWorkerSide {

    @Test
    void aWorkersDeadLetterIsListedAndCountedWithItsConnectorAndReason() {
        String connector = TestConnectors.HR;
        long passwordsBefore = count(connector, Topics.passwords(connector));
        DeadLetter password = letter(Topics.passwords(connector), "unreadable password request at p-0@7");
        DeadLetter export = letter(Topics.exports(connector), "export batch could not be read: bad JSON");
        worker.publish(Topics.DEAD_LETTERS, "k1", password);
        worker.publish(Topics.DEAD_LETTERS, "k2", export);
        // a record that is no dead letter is skipped without stopping the channel
        worker.publishRaw(Topics.DEAD_LETTERS, "junk", "not json");
        worker.publish(Topics.DEAD_LETTERS, "k1", password); // redelivered: stored once

        // the topic may have several partitions: each letter is awaited on its own
        awaitListed(password.messageId());
        awaitListed(export.messageId());
        JsonPath listed = given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .get("/admin/dead-letters?connector=" + connector).then().statusCode(200).extract().jsonPath();
        Map<String, Object> stored = listed.getMap("find { it.messageId == '" + password.messageId() + "' }");
        assertEquals(connector, stored.get("connector"));
        assertEquals(Topics.passwords(connector), stored.get("originalTopic"));
        assertEquals("unreadable password request at p-0@7", stored.get("reason"));
        assertEquals(1, listed.getList("findAll { it.messageId == '" + password.messageId() + "' }").size());

        assertEquals(passwordsBefore + 1, count(connector, Topics.passwords(connector)));
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/dead-letters?connector=nobody")
                .then().statusCode(200).body("size()", equalTo(0));
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/dead-letters/count?connector=nobody")
                .then().statusCode(200).body("total", equalTo(0));

        // resolved: out of the unresolved count, still in the count of all
        long exportsBefore = count(connector, Topics.exports(connector));
        given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .post("/admin/dead-letters/" + export.messageId() + "/resolve").then().statusCode(200);
        assertEquals(exportsBefore - 1, count(connector, Topics.exports(connector)));
        given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/dead-letters?connector=" + connector)
                .then().statusCode(200).body("messageId", not(hasItem(export.messageId().toString())));
    }

    @Test
    void theDeadLetterEndpointsTakeOnlyTheAdminToken() {
        given().get("/admin/dead-letters").then().statusCode(401);
        given().get("/admin/dead-letters/count").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").get("/admin/dead-letters/count").then().statusCode(401);
    }

    private static DeadLetter letter(String topic, String reason) {
        return new DeadLetter(Message.CURRENT_VERSION, UUID.randomUUID(), topic, "anchor-1", reason, "{\"x\":1}",
                Instant.now());
    }

    /** The unresolved dead letters of this connector and topic, from the count endpoint. */
    private static long count(String connector, String topic) {
        JsonPath counts = given().header("Authorization", HrConnector.ADMIN_TOKEN)
                .get("/admin/dead-letters/count?connector=" + connector).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> groups = counts.getList("groups");
        long sum = 0;
        for (Map<String, Object> g : groups) {
            assertEquals(connector, g.get("connector"));
            if (topic.equals(g.get("originalTopic"))) {
                sum += ((Number) g.get("count")).longValue();
            }
        }
        assertTrue(counts.getLong("total") >= sum);
        return sum;
    }

    private static void awaitListed(UUID messageId) {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!given().header("Authorization", HrConnector.ADMIN_TOKEN).get("/admin/dead-letters?limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("messageId").contains(messageId.toString())) {
            if (System.nanoTime() > end) {
                fail("dead letter " + messageId + " not listed within 60 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
