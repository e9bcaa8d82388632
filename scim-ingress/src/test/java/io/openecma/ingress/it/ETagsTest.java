package io.openecma.ingress.it;

import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.ScimChangeEvent;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** RFC 7644 section 3.14: meta.version is the ETag; If-Match guards writes (412), If-None-Match reads (304). */
@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
class ETagsTest extends ScimIngressTestBase {

    private static final String PATCH_FIRST_NAME = """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
            {"op":"replace","path":"name.givenName","value":"%s"}]}""";

    private static String etagOf(String id) {
        Response response = hr().get(BASE + "/Users/" + id);
        response.then().statusCode(200);
        String etag = response.header("ETag");
        assertEquals(response.path("meta.version"), etag, "the ETag header is meta.version");
        return etag;
    }

    @Test
    void ifNoneMatchWithTheCurrentVersionIs304() {
        core.seed(TestConnectors.HR, "User", "etag-get", Map.of("login", "etag-get", "firstName", "A"), true);
        String etag = etagOf("etag-get");
        hr().header("If-None-Match", etag).get(BASE + "/Users/etag-get").then().statusCode(304)
                .header("ETag", etag);
        hr().header("If-None-Match", "W/\"not-it\", " + etag).get(BASE + "/Users/etag-get").then().statusCode(304);
        hr().header("If-None-Match", "W/\"not-it\"").get(BASE + "/Users/etag-get").then().statusCode(200)
                .body("id", equalTo("etag-get"));
        // an import changes the object: the old tag no longer matches
        core.seed(TestConnectors.HR, "User", "etag-get", Map.of("login", "etag-get", "firstName", "B"), true);
        hr().header("If-None-Match", etag).get(BASE + "/Users/etag-get").then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("name.givenName", equalTo("B"));
    }

    @Test
    void ifMatchWithAStaleVersionIs412AndNothingIsSent() {
        core.seed(TestConnectors.HR, "User", "etag-w", Map.of("login", "etag-w", "firstName", "A"), true);
        String stale = etagOf("etag-w");
        core.seed(TestConnectors.HR, "User", "etag-w", Map.of("login", "etag-w", "firstName", "B"), true);
        String current = etagOf("etag-w");
        assertNotEquals(stale, current);

        hr().header("If-Match", stale).body(PATCH_FIRST_NAME.formatted("C")).patch(BASE + "/Users/etag-w")
                .then().statusCode(412).body("status", equalTo("412"));
        hr().header("If-Match", stale).body("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"etag-w"}""")
                .put(BASE + "/Users/etag-w").then().statusCode(412);
        hr().header("If-Match", stale).delete(BASE + "/Users/etag-w").then().statusCode(412);
        assertEquals("B", core.attributes(TestConnectors.HR, "User", "etag-w").get("firstName"),
                "a refused precondition changes nothing");

        // the current tag lets the PATCH through; its answer carries the new tag
        CompletableFuture<Response> patched = async(() -> hr().header("If-Match", current)
                .body(PATCH_FIRST_NAME.formatted("C")).patch(BASE + "/Users/etag-w"));
        ScimChangeEvent event = core.awaitChange(TestConnectors.HR, "etag-w").event();
        assertEquals(ChangeOperation.MODIFY, event.operation());
        core.confirm(event);
        Response answer = patched.join();
        answer.then().statusCode(200).body("name.givenName", equalTo("C"));
        assertNotEquals(current, answer.header("ETag"));
        assertEquals(answer.path("meta.version"), answer.header("ETag"));

        // If-Match: * matches any current version
        CompletableFuture<Response> deleted = async(() -> hr().header("If-Match", "*").delete(BASE + "/Users/etag-w"));
        ScimChangeEvent delete = core.awaitChange(TestConnectors.HR, "etag-w").event();
        assertEquals(ChangeOperation.DELETE, delete.operation());
        core.confirm(delete);
        deleted.join().then().statusCode(204);
    }

    @Test
    void serviceProviderConfigSaysETagsAreSupported() {
        hr().get(BASE + "/ServiceProviderConfig").then().statusCode(200).body("etag.supported", equalTo(true));
    }
}
