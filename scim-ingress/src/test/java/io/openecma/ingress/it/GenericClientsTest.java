package io.openecma.ingress.it;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * What generic SCIM clients (Microsoft's SCIM test collection, Okta, compliance suites) send beyond
 * Entra's own shapes: resource-type paths in any case, the old /serviceConfiguration name,
 * unquoted filter values and value paths in {@code attributes} / {@code excludedAttributes}.
 */
@QuarkusTest
@WithTestResource(IngressInfrastructure.class)
class GenericClientsTest extends ScimIngressTestBase {

    private static void seedUsers() {
        core.seed(TestConnectors.HR, "User", "gc-omalley", Map.of("login", "gc-omalley", "lastName", "OMalley",
                "email", "anna@example.com"), true);
        core.seed(TestConnectors.HR, "User", "gc-emp1", Map.of("login", "gc-emp1", "lastName", "Employee",
                "email", "emp1@example.org"), true);
        core.seed(TestConnectors.HR, "User", "gc-emp2", Map.of("login", "gc-emp2", "lastName", "Employee",
                "email", "emp2@elsewhere.net"), true);
    }

    @Test
    void resourceTypePathsAreCaseInsensitiveAndLocationsCanonical() {
        seedUsers();
        for (String path : List.of("/users", "/USERS", "/Users")) {
            hr().queryParam("filter", "userName eq \"gc-omalley\"").get(BASE + path).then().statusCode(200)
                    .body("totalResults", equalTo(1))
                    .body("Resources[0].meta.location", org.hamcrest.Matchers.endsWith(BASE + "/Users/gc-omalley"));
        }
        hr().get(BASE + "/users/gc-omalley").then().statusCode(200).body("id", equalTo("gc-omalley"));
        hr().get(BASE + "/groups").then().statusCode(200);
        hr().get(BASE + "/Widgets").then().statusCode(404);
    }

    @Test
    void serviceConfigurationIsAnAliasOfServiceProviderConfig() {
        hr().get(BASE + "/serviceConfiguration").then().statusCode(200)
                .body("patch.supported", equalTo(true))
                .body("meta.location", org.hamcrest.Matchers.endsWith(BASE + "/ServiceProviderConfig"));
        hr().get(BASE + "/serviceproviderconfig").then().statusCode(200).body("patch.supported", equalTo(true));
    }

    @Test
    void unquotedFilterValuesThatReadOnlyOneWayAreAccepted() {
        seedUsers();
        hr().queryParam("filter", "userName sw gc-O").get(BASE + "/Users").then().statusCode(200)
                .body("Resources.id", contains("gc-omalley"));
        hr().queryParam("filter", "name.FamilyName eq Employee and (emails.Value co example.com or"
                        + " emails.Value co example.org)").get(BASE + "/Users").then().statusCode(200)
                .body("Resources.id", contains("gc-emp1"));
        hr().queryParam("filter", "userName sw gc- and meta.Created gt 2015-10-10T14:38:21.8617979-07:00")
                .get(BASE + "/Users").then().statusCode(200).body("totalResults", equalTo(3));
        hr().queryParam("filter", "meta.created gt not-a-date").get(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidFilter"));
        hr().queryParam("filter", "userName eq and").get(BASE + "/Users").then().statusCode(400)
                .body("scimType", equalTo("invalidFilter"));
    }

    @Test
    void attributesAndExcludedAttributesTakeValuePaths() {
        seedUsers();
        hr().queryParam("filter", "userName eq \"gc-omalley\"").queryParam("attributes", "emails[type eq \"work\"]")
                .get(BASE + "/Users").then().statusCode(200)
                .body("Resources[0].id", equalTo("gc-omalley"))
                .body("Resources[0].emails.value", contains("anna@example.com"))
                .body("Resources[0]", not(hasKey("userName")));
        hr().queryParam("filter", "userName eq \"gc-omalley\"")
                .queryParam("attributes", "userName,emails[value eq \"nobody@example.com\"]")
                .get(BASE + "/Users").then().statusCode(200)
                .body("Resources[0].userName", equalTo("gc-omalley"))
                .body("Resources[0]", not(hasKey("emails")));
        hr().queryParam("excludedAttributes", "emails[type eq \"work\"]").get(BASE + "/Users/gc-omalley")
                .then().statusCode(200).body("$", not(hasKey("emails"))).body("userName", equalTo("gc-omalley"));
        hr().queryParam("attributes", "emails[type eq").get(BASE + "/Users/gc-omalley").then().statusCode(400)
                .body("scimType", equalTo("invalidValue"));
    }
}
