package io.openecma.core.space;

import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.ecma.ValueChange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfirmedStateTest {

    private static final AttributeShapes SHAPES = AttributeShapes.of(new Schema(List.of(new SchemaType("User", true,
            List.of(SchemaAttribute.anchor("EmployeeId", AttributeType.String),
                    SchemaAttribute.singleValued("mail", AttributeType.String),
                    SchemaAttribute.multiValued("proxyAddresses", AttributeType.String))))), "User");

    private static final ConfirmedState EXPORTED = new ConfirmedState(Map.of("EmployeeId", "tmp-1", "mail", "a@x.org",
            "proxyAddresses", List.of("a@x.org")), true, true);

    @Test
    void aReturnedValueReplacesTheExportedOneInTheSchemasSpelling() {
        ConfirmedState after = EXPORTED.withReturned(List.of(AttributeChange.add("employeeid", "GEN-1")), SHAPES);
        assertEquals("GEN-1", after.attributes().get("EmployeeId"));
        assertFalse(after.attributes().containsKey("employeeid"));
        assertEquals("a@x.org", after.attributes().get("mail"));
        assertTrue(after.active() && after.inTarget());
    }

    @Test
    void anUpdateAddsAndRemovesValuesOfAMultiValuedAttribute() {
        ConfirmedState after = EXPORTED.withReturned(List.of(AttributeChange.update("PROXYADDRESSES",
                List.of(ValueChange.add("b@x.org"), ValueChange.delete("a@x.org")))), SHAPES);
        assertEquals(List.of("b@x.org"), after.attributes().get("proxyAddresses"));
    }

    @Test
    void oneReturnedValueOfAMultiValuedAttributeStaysAListAndADeleteRemovesTheAttribute() {
        ConfirmedState after = EXPORTED.withReturned(List.of(AttributeChange.replace("proxyAddresses", "c@x.org"),
                AttributeChange.delete("mail")), SHAPES);
        assertEquals(List.of("c@x.org"), after.attributes().get("proxyAddresses"));
        assertFalse(after.attributes().containsKey("mail"));
    }
}
