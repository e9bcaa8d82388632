package io.openecma.core.space;

import io.openecma.schemas.definition.DeleteFlow;
import io.openecma.schemas.definition.Deprovisioning;
import io.openecma.schemas.definition.DisableFlow;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.DeltaKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Coalescing: changes applied on top of each other become one desired state and one export. */
class DesiredStateTest {

    private static final AttributeShapes SHAPES = AttributeShapes.of(new Schema(List.of(new SchemaType("Group", true,
            List.of(SchemaAttribute.anchor("id", AttributeType.String),
                    SchemaAttribute.singleValued("displayName", AttributeType.String),
                    SchemaAttribute.multiValued("member", AttributeType.Reference))))), "Group");

    @Test
    void deltasUseTheSchemasSpellingAndShape() {
        DesiredState state = DesiredState.of(Map.of(), true).apply(List.of(
                AttributeDelta.replace("DISPLAYNAME", "Ops"),
                new AttributeDelta("MEMBER", DeltaKind.ADD_VALUES, List.of("u1"))), null, SHAPES);
        assertEquals(Map.of("displayName", "Ops", "member", List.of("u1")), state.attributes());
    }

    @Test
    void successiveChangesCoalesceIntoOneExport() {
        DesiredState confirmed = DesiredState.of(Map.of("id", "g1", "member", List.of("u1", "u2")), true);
        DesiredState first = confirmed.apply(List.of(new AttributeDelta("member", DeltaKind.ADD_VALUES, List.of("u3"))),
                null, SHAPES);
        DesiredState second = first.apply(List.of(new AttributeDelta("member", DeltaKind.REMOVE_VALUES, List.of("u1")),
                AttributeDelta.replace("displayName", "Ops")), null, SHAPES);
        ExportPlan plan = new ExportPlanner(new ExportSettings(ExportType.AttributeUpdate, "id", null))
                .plan("Group", "g1", null, new ConfirmedState(confirmed.attributes(), true, true), second, SHAPES);
        assertEquals(List.of("u3"), plan.change().attribute("member").orElseThrow().addedValues());
        assertEquals(List.of("u1"), plan.change().attribute("member").orElseThrow().deletedValues());
        assertEquals(List.of("Ops"), plan.change().attribute("displayName").orElseThrow().addedValues());
    }

    @Test
    void aChangeUndoneBeforeExportExportsNothing() {
        ConfirmedState confirmed = new ConfirmedState(Map.of("id", "g1", "displayName", "Ops"), true, true);
        DesiredState changed = confirmed.asDesired().apply(List.of(AttributeDelta.replace("displayName", "Dev")), null, SHAPES);
        DesiredState undone = changed.apply(List.of(AttributeDelta.replace("displayName", "Ops")), null, SHAPES);
        ExportPlan plan = new ExportPlanner(new ExportSettings(ExportType.AttributeReplace, "id", null))
                .plan("Group", "g1", null, confirmed, undone, SHAPES);
        assertFalse(plan.needsExport());
    }

    @Test
    void clearRemovesTheAttributeAndActiveIsKeptWhenNotSent() {
        DesiredState state = DesiredState.of(Map.of("displayName", "Ops"), false)
                .apply(List.of(AttributeDelta.clear("displayName")), null, SHAPES);
        assertEquals(Map.of(), state.attributes());
        assertFalse(state.active());
    }

    @Test
    void severalValuesForASingleValuedAttributeAreRejected() {
        DesiredState state = DesiredState.of(Map.of(), true);
        List<AttributeDelta> deltas = List.of(new AttributeDelta("displayName", DeltaKind.REPLACE, List.of("a", "b")));
        assertThrows(InvalidChangeException.class, () -> state.apply(deltas, null, SHAPES));
    }

    @Test
    void pendingStateFollowsTheArchitecturesObjectStates() {
        ExportSettings settings = new ExportSettings(ExportType.AttributeReplace, "id",
                new Deprovisioning(DisableFlow.Delete, null, null, DeleteFlow.Delete));
        ConfirmedState inTarget = new ConfirmedState(Map.of("id", "g1"), true, true);
        assertEquals(ObjectState.PENDING_ADD, ObjectState.pending(ConfirmedState.absent(), inTarget.asDesired(), settings));
        assertEquals(ObjectState.PENDING_UPDATE, ObjectState.pending(inTarget, inTarget.asDesired(), settings));
        assertEquals(ObjectState.PENDING_DELETE, ObjectState.pending(inTarget, inTarget.asDesired().markDeleted(), settings));
        assertEquals(ObjectState.PENDING_DELETE,
                ObjectState.pending(inTarget, DesiredState.of(inTarget.attributes(), false), settings));
        assertEquals(ObjectState.CONFIRMED, ObjectState.settled(inTarget));
        assertEquals(ObjectState.SOFT_DELETED, ObjectState.settled(new ConfirmedState(Map.of(), false, true)));
    }
}
