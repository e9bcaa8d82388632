package io.openecma.ingress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Tracing on (QUARKUS_OTEL_SDK_DISABLED=false): the SCIM request's trace leaves in the change
 * record's W3C traceparent header, and the outcome's header (written by sync-core under its own span)
 * is the parent of the ingress's span that hands the outcome to the waiting request, in the same trace.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(IngressInfrastructure.class)
class TracingTest extends ScimIngressTestBase {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    /** Quarkus exports to every SpanExporter bean: this one keeps the spans for the test. */
    @Singleton
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    private static final String USER = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"traced","active":true,
             "externalId":"traced","name":{"givenName":"T","familyName":"Raced"}}""";

    @Test
    void theRequestsTraceTravelsInTheChangeAndTheOutcomeComesBackInIt() throws Exception {
        CompletableFuture<Response> response = async(() -> hr().body(USER).post(BASE + "/Users"));
        SyncCoreCounterpart.Received received = core.awaitChange(TestConnectors.HR, "traced");
        assertNotNull(received.traceparent(), "the change record carries a traceparent header");
        String[] parts = received.traceparent().split("-");
        String traceId = parts[1];
        // sync-core answers from a span of its own in the same trace
        String coreSpanId = "00f067aa0ba902b7";
        core.confirm(received.event(), "00-" + traceId + "-" + coreSpanId + "-01");
        response.join().then().statusCode(201);

        // Quarkus names the server span after the route template: "POST /ecma2host_{connector}/scim/{type: ...}"
        SpanData server = await(s -> s.getKind() == SpanKind.SERVER && s.getName().startsWith("POST /ecma2host_"));
        assertEquals(traceId, server.getTraceId(), "the header names the request's trace");
        SpanData outcome = await(s -> s.getName().equals("openecma.outcome receive"));
        assertEquals(traceId, outcome.getTraceId());
        assertEquals(coreSpanId, outcome.getParentSpanId(), "the outcome span continues sync-core's span");
        assertEquals(SpanKind.CONSUMER, outcome.getKind());
    }

    private SpanData await(java.util.function.Predicate<SpanData> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<SpanData> finished = spans.getFinishedSpanItems();
            Optional<SpanData> found = finished.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such span among " + spans.getFinishedSpanItems());
    }
}
