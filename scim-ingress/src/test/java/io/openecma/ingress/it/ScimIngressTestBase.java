package io.openecma.ingress.it;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Shared helpers: requests with the HR connector's token, and requests answered while the test plays sync-core. */
abstract class ScimIngressTestBase {

    static final String BASE = "/ecma2host_" + TestConnectors.HR + "/scim";
    static final String SCIM_JSON = "application/scim+json";
    static SyncCoreCounterpart core;

    @BeforeAll
    static void startCounterpart() {
        core = new SyncCoreCounterpart();
    }

    /**
     * The ingress answers 503 until it has read the connectors and its outcome reader is in place.
     * Asked before each test (RestAssured knows the test port only then); one request once ready.
     */
    @BeforeEach
    void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        int status;
        while ((status = given().get("/q/health/ready").statusCode()) != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the ingress was not ready within 60 s (last status " + status + ")");
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopCounterpart() {
        core.close();
    }

    static RequestSpecification hr() {
        return given().header("Authorization", "Bearer " + TestConnectors.HR_TOKEN).contentType(SCIM_JSON);
    }

    /** Sends the request on another thread, so the test can answer its change event meanwhile. */
    static <T> CompletableFuture<T> async(Supplier<T> request) {
        return CompletableFuture.supplyAsync(request);
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
