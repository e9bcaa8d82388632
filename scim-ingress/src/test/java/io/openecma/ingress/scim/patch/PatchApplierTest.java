package io.openecma.ingress.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.ResourceModel;
import io.openecma.ingress.scim.ScimAttribute;
import io.openecma.ingress.scim.ScimException;
import io.openecma.ingress.scim.ScimSchema;
import io.openecma.ingress.scim.ScimSchemas;
import io.openecma.ingress.scim.StandardSchemas;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatchApplierTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ScimSchema EXTENSION = new ScimSchema(ScimSchemas.ECMA2HOST_USER, "ECMA2HostUser", "",
            List.of(ScimAttribute.of("login", "string", false, ""), ScimAttribute.of("IsActive", "boolean", false, "")));
    private static final ResourceModel USER = new ResourceModel("User", "/Users", StandardSchemas.USER,
            List.of(StandardSchemas.ENTERPRISE_USER, EXTENSION));
    private static final ResourceModel GROUP = new ResourceModel("Group", "/Groups", StandardSchemas.GROUP, List.of());

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ObjectNode patch(ResourceModel model, String resource, String body) {
        ObjectNode node = json(resource);
        new PatchApplier(model, true).apply(node, PatchRequestParser.parse(json(body)));
        return node;
    }

    @Test
    void entraDefaultFormFromTheFactsFile() {
        ObjectNode user = patch(USER, "{'userName':'bjensen','active':true}", """
                {'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp'],'Operations':[
                {'op':'Replace','path':'active','value':'False'},
                {'op':'Add','path':'nickName','value':'Babs'},
                {'op':'Replace','path':'emails[type eq \\'work\\'].value','value':'x@example.com'},
                {'op':'Replace','path':'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber','value':'Eqpj'}]}
                """.replace("\\'", "\\\""));
        assertFalse(user.get("active").booleanValue());
        assertTrue(user.get("active").isBoolean());
        assertEquals("Babs", user.get("nickName").textValue());
        JsonNode email = user.get("emails").get(0);
        assertEquals("work", email.get("type").textValue());
        assertEquals("x@example.com", email.get("value").textValue());
        assertEquals("Eqpj", user.get(ScimSchemas.ENTERPRISE_USER).get("employeeNumber").textValue());
    }

    @Test
    void filteredReplaceUpdatesTheMatchingElementOnly() {
        ObjectNode user = patch(USER,
                "{'emails':[{'type':'home','value':'h@x'},{'type':'work','value':'old@x'}]}",
                "{'Operations':[{'op':'replace','path':'emails[type eq \\'work\\'].value','value':'new@x'}]}"
                        .replace("\\'", "\\\""));
        assertEquals(2, user.get("emails").size());
        assertEquals("h@x", user.get("emails").get(0).get("value").textValue());
        assertEquals("new@x", user.get("emails").get(1).get("value").textValue());
    }

    @Test
    void pathlessReplaceWithDottedAndUrnKeys() {
        ObjectNode user = patch(USER, "{'userName':'a','name':{'familyName':'F'}}", """
                {'Operations':[{'op':'replace','value':{
                  'name.givenName':'Kkom',
                  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department':'Sales',
                  'urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User': {'login':'kk'},
                  'active': false,
                  'displayName':'K K'}}]}""");
        assertEquals("Kkom", user.get("name").get("givenName").textValue());
        assertEquals("F", user.get("name").get("familyName").textValue());
        assertEquals("Sales", user.get(ScimSchemas.ENTERPRISE_USER).get("department").textValue());
        assertEquals("kk", user.get(ScimSchemas.ECMA2HOST_USER).get("login").textValue());
        assertFalse(user.get("active").booleanValue());
        assertEquals("K K", user.get("displayName").textValue());
    }

    @Test
    void stringBooleansAreCoercedForBooleanExtensionAttributes() {
        ObjectNode user = patch(USER, "{}", "{'Operations':[{'op':'Replace','path':'"
                + ScimSchemas.ECMA2HOST_USER + ":IsActive','value':'True'}]}");
        assertTrue(user.get(ScimSchemas.ECMA2HOST_USER).get("IsActive").booleanValue());
    }

    @Test
    void bareStringForManagerBecomesItsValue() {
        ObjectNode user = patch(USER, "{}", "{'Operations':[{'op':'Add','path':'"
                + ScimSchemas.ENTERPRISE_USER + ":manager','value':'boss-1'}]}");
        assertEquals("boss-1", user.get(ScimSchemas.ENTERPRISE_USER).get("manager").get("value").textValue());
        ObjectNode replaced = patch(USER, "{}", "{'Operations':[{'op':'replace','path':'"
                + ScimSchemas.ENTERPRISE_USER + ":manager.value','value':'boss-2'}]}");
        assertEquals("boss-2", replaced.get(ScimSchemas.ENTERPRISE_USER).get("manager").get("value").textValue());
    }

    @Test
    void attributeNamesAreCaseInsensitive() {
        ObjectNode user = patch(USER, "{'nickName':'a'}", "{'Operations':[{'op':'REPLACE','path':'NICKNAME','value':'b'}]}");
        assertEquals("b", user.get("nickName").textValue());
        assertEquals(1, user.size());
    }

    @Test
    void groupMembersAddAndRemoveOnlyThoseListed() {
        ObjectNode group = patch(GROUP, "{'displayName':'g','members':[{'value':'a'},{'value':'b'},{'value':'c'}]}",
                "{'Operations':[{'op':'Add','path':'members','value':[{'value':'d'},{'value':'a'}]},"
                        + "{'op':'Remove','path':'members','value':[{'value':'b'}]}]}");
        List<String> members = values(group);
        assertEquals(List.of("a", "c", "d"), members);
        ObjectNode filtered = patch(GROUP, "{'members':[{'value':'a'},{'value':'b'}]}",
                "{'Operations':[{'op':'remove','path':'members[value eq \\'a\\']'}]}".replace("\\'", "\\\""));
        assertEquals(List.of("b"), values(filtered));
    }

    @Test
    void removeWithoutValueClearsTheAttribute() {
        ObjectNode user = patch(USER, "{'nickName':'a','title':'t'}", "{'Operations':[{'op':'remove','path':'title'}]}");
        assertNull(user.get("title"));
        assertEquals("a", user.get("nickName").textValue());
    }

    @Test
    void badOperationsAreScimErrors() {
        assertEquals("invalidSyntax", error("{'Operations':[{'op':'move','path':'title','value':'x'}]}").scimType());
        assertEquals("noTarget", error("{'Operations':[{'op':'remove'}]}").scimType());
        assertEquals("invalidPath", error("{'Operations':[{'op':'add','path':'nosuch','value':'x'}]}").scimType());
        assertEquals("invalidValue", error("{'Operations':[{'op':'add','path':'active','value':'maybe'}]}").scimType());
        assertEquals("invalidSyntax", error("{'Operations':[]}").scimType());
        assertEquals("invalidValue", error("{'schemas':['urn:x'],'Operations':[{'op':'add','path':'title','value':'x'}]}")
                .scimType());
        assertEquals("invalidValue", error("{'Operations':[{'op':'add','path':'title','value':{'a':1}}]}").scimType());
    }

    private static ScimException error(String body) {
        return assertThrows(ScimException.class, () -> patch(USER, "{}", body));
    }

    private static List<String> values(ObjectNode group) {
        return java.util.stream.StreamSupport.stream(group.get("members").spliterator(), false)
                .map(m -> m.get("value").textValue()).toList();
    }
}
