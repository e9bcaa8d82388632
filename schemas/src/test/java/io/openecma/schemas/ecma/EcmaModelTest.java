package io.openecma.schemas.ecma;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcmaModelTest {

    private final CSEntryChange change = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Update,
            List.of(new AnchorAttribute("EmployeeId", "1001")),
            List.of(AttributeChange.replace("Title", "Engineer"),
                    AttributeChange.update("proxyAddresses", List.of(ValueChange.add("a"), ValueChange.delete("b"))),
                    AttributeChange.delete("manager")));

    @Test
    void attributesAndAnchorsAreFoundCaseInsensitively() {
        assertEquals("Title", change.attribute("TITLE").orElseThrow().name());
        assertEquals("1001", change.anchor("employeeid").orElseThrow().value());
        assertTrue(change.attribute("missing").isEmpty());
        assertEquals(List.of("Title", "proxyAddresses", "manager"), change.changedAttributeNames());
    }

    @Test
    void valueChangesSplitIntoAddedAndDeleted() {
        AttributeChange proxies = change.attribute("proxyaddresses").orElseThrow();

        assertEquals(List.of("a"), proxies.addedValues());
        assertEquals(List.of("b"), proxies.deletedValues());
        assertEquals(List.of(), change.attribute("manager").orElseThrow().valueChanges());
    }

    @Test
    void valuesAreNormalisedToTheirWireForm() {
        assertEquals(5L, ValueChange.add(5).value());
        assertEquals("AQID", ValueChange.add(new byte[] {1, 2, 3}).value());
        assertEquals(Boolean.FALSE, new AnchorAttribute("x", false).value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueChange.add(1.5));
        assertTrue(e.getMessage().contains("Double"), e.getMessage());
        assertThrows(NullPointerException.class, () -> ValueChange.add(null));
    }

    @Test
    void schemaTypesFindAttributesAndAnchorsCaseInsensitively() {
        SchemaType user = new SchemaType("User", true, List.of(
                SchemaAttribute.anchor("EmployeeId", AttributeType.String),
                SchemaAttribute.singleValued("isActive", AttributeType.Boolean)));
        Schema schema = new Schema(List.of(user));

        assertEquals(user, schema.type("user").orElseThrow());
        assertEquals(List.of("EmployeeId"), user.anchorAttributes().stream().map(SchemaAttribute::name).toList());
        assertEquals(AttributeType.Boolean, user.attribute("ISACTIVE").orElseThrow().dataType());
    }

    @Test
    void collectionsAreCopiedSoAMessageCannotChangeAfterwards() {
        List<AttributeChange> changes = new java.util.ArrayList<>(List.of(AttributeChange.delete("x")));
        CSEntryChange c = new CSEntryChange(UUID.randomUUID(), "User", null, ObjectModificationType.Update, null, changes);
        changes.clear();

        assertEquals(1, c.attributeChanges().size());
        assertEquals(List.of(), c.anchorAttributes());
        assertThrows(UnsupportedOperationException.class, () -> c.attributeChanges().clear());
    }
}
