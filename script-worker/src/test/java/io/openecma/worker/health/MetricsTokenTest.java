package io.openecma.worker.health;

import io.openecma.testsupport.KafkaResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** With OPENECMA_METRICS_TOKEN set, /q/metrics answers only to that bearer token; health stays open. */
@QuarkusTest
@TestProfile(MetricsTokenTest.WithMetricsToken.class)
@WithTestResource(KafkaResource.class)
class MetricsTokenTest {

    public static final class WithMetricsToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openecma.metrics.token", "scrape-token-for-tests");
        }
    }

    @Test
    void metricsNeedTheTokenAndHealthDoesNot() {
        given().get("/q/metrics").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer wrong").get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Bearer scrape-token-for-tests").get("/q/metrics/").then().statusCode(200);
        given().header("Authorization", "Bearer scrape-token-for-tests").get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
