package io.openecma.ingress.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.it.TestConnectors;
import io.openecma.ingress.scim.ResourceReader;
import io.openecma.ingress.scim.patch.PatchApplier;
import io.openecma.ingress.scim.patch.PatchRequestParser;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResourceMappingTest {

    private static final ResourceMapping USERS = ConnectorModel.from(TestConnectors.hr()).users();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) Json.mapper().readTree(text);
    }

    @Test
    void coreEnterpriseAndExtensionPathsMapOntoConnectorAttributes() throws Exception {
        ObjectNode resource = ResourceReader.read(json("""
                {"userName":"jdoe","name":{"givenName":"J"},"emails":[{"type":"home","value":"h@x"},
                 {"type":"work","value":"w@x"}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"7","manager":{"value":"boss"}},
                 "urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User":{"department":"D","photo":"AAEC"}}
                """), USERS.model());
        Map<String, Object> attributes = USERS.toAttributes(resource);
        // the home address has no mapping: HR keeps it in scimExtra (scim.unmappedAttributes: store)
        assertEquals(Map.of("login", "jdoe", "firstName", "J", "email", "w@x", "employeeId", 7L, "manager", "boss",
                "department", "D", "photo", "AAEC", "scimExtra", "{\"emails\":[{\"type\":\"home\",\"value\":\"h@x\"}]}"),
                attributes);
    }

    @Test
    void theResourceIsRebuiltFromStoredAttributesAndPatchedBackToDeltas() throws Exception {
        StoredObject stored = new StoredObject("User", "jdoe", "jdoe", Map.of("login", "jdoe", "firstName", "J",
                "email", "w@x", "employeeId", 7L, "IsActive", true), true, 3, Instant.EPOCH, Instant.EPOCH);
        ObjectNode resource = USERS.toResource(stored, "https://h/Users/jdoe");
        assertEquals("w@x", resource.get("emails").get(0).get("value").textValue());
        assertEquals("work", resource.get("emails").get(0).get("type").textValue());
        assertEquals("7", resource.get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
                .get("employeeNumber").textValue());
        Map<String, Object> before = USERS.toAttributes(resource);
        ObjectNode previous = resource.deepCopy();
        new PatchApplier(USERS.model(), true).apply(resource, PatchRequestParser.parse(json("""
                {"Operations":[{"op":"Replace","path":"active","value":"False"},
                {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"x@example.com"},
                {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"42"}]}
                """)));
        List<AttributeDelta> deltas = AttributeDiff.between(before, USERS.toAttributes(resource, previous), true);
        assertEquals(List.of(AttributeDelta.replace("email", "x@example.com"), AttributeDelta.replace("employeeId", 42L)),
                deltas);
    }
}
