package io.openecma.core.export;

import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.CSEntryChangeResult;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ValueChange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReturnedAnchorTest {

    private static final Set<String> ANCHOR = Set.of("EmployeeId");

    private static Optional<ReturnedAnchor> in(AttributeChange... changes) {
        return ReturnedAnchor.in(new CSEntryChangeResult(UUID.randomUUID(), List.of(changes), MAExportError.Success,
                null, null), ANCHOR);
    }

    @Test
    void theAnchorAttributeIsFoundIgnoringCaseAndOthersAreNotAnchors() {
        ReturnedAnchor found = in(AttributeChange.replace("mail", "x@y"), AttributeChange.add("EMPLOYEEID", 42L))
                .orElseThrow();
        assertNull(found.problem());
        assertEquals(42L, found.value());
        assertEquals("42", found.anchor());
        assertTrue(in(AttributeChange.replace("mail", "x@y")).isEmpty());
        assertTrue(ReturnedAnchor.in(null, ANCHOR).isEmpty());
    }

    @Test
    void anUpdateGivesItsAddedValue() {
        ReturnedAnchor found = in(AttributeChange.update("EmployeeId",
                List.of(ValueChange.delete("old"), ValueChange.add("new")))).orElseThrow();
        assertEquals("new", found.anchor());
    }

    @Test
    void removingTheAnchorOrGivingItSeveralOrAnEmptyValueIsRefusedWithTheReason() {
        assertTrue(in(AttributeChange.delete("EmployeeId")).orElseThrow().problem().contains("removed"));
        assertTrue(in(AttributeChange.add("EmployeeId", "a", "b")).orElseThrow().problem().contains("2 values"));
        assertTrue(in(AttributeChange.add("EmployeeId", " ")).orElseThrow().problem().contains("empty"));
    }
}
