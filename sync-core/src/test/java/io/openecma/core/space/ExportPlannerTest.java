package io.openecma.core.space;

import io.openecma.schemas.definition.DeleteFlow;
import io.openecma.schemas.definition.Deprovisioning;
import io.openecma.schemas.definition.DisableFlow;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeModificationType;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.ecma.ValueChange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportPlannerTest {

    private static final Schema SCHEMA = new Schema(List.of(new SchemaType("User", true, List.of(
            SchemaAttribute.anchor("login", AttributeType.String),
            SchemaAttribute.singleValued("mail", AttributeType.String),
            SchemaAttribute.singleValued("title", AttributeType.String),
            SchemaAttribute.singleValued("IsActive", AttributeType.Boolean),
            SchemaAttribute.multiValued("proxyAddresses", AttributeType.String),
            SchemaAttribute.multiValued("members", AttributeType.Reference)))));
    private static final AttributeShapes SHAPES = AttributeShapes.of(SCHEMA, "User");

    private static final ConfirmedState EXISTING = new ConfirmedState(Map.of(
            "login", "jdoe", "mail", "j@x.org", "title", "Clerk",
            "proxyAddresses", List.of("a@x.org", "b@x.org"), "members", List.of("u1", "u2")), true, true);

    private static ExportPlanner planner(ExportType type) {
        return new ExportPlanner(new ExportSettings(type, "login", null));
    }

    private static ExportPlanner planner(Deprovisioning deprovisioning) {
        return new ExportPlanner(new ExportSettings(ExportType.AttributeReplace, "login", deprovisioning));
    }

    private static DesiredState change(ConfirmedState from, Map<String, Object> overrides) {
        Map<String, Object> attributes = new java.util.LinkedHashMap<>(from.attributes());
        attributes.putAll(overrides);
        return DesiredState.of(attributes, true);
    }

    private static CSEntryChange plan(ExportPlanner planner, ConfirmedState confirmed, DesiredState desired) {
        return planner.plan("User", "jdoe", null, confirmed, desired, SHAPES).change();
    }

    @Test
    void newObjectIsAnAddWithEveryAttributeAndTheAnchor() {
        DesiredState desired = DesiredState.of(Map.of("login", "jdoe", "mail", "j@x.org"), true);
        CSEntryChange add = plan(planner(ExportType.AttributeReplace), ConfirmedState.absent(), desired);
        assertEquals(ObjectModificationType.Add, add.objectModificationType());
        assertEquals("jdoe", add.anchor("login").orElseThrow().value());
        assertEquals("CN=jdoe,OBJECT=USER", add.dn());
        assertEquals(List.of("j@x.org"), add.attribute("mail").orElseThrow().addedValues());
        assertEquals(AttributeModificationType.Add, add.attribute("mail").orElseThrow().modificationType());
    }

    @Test
    void objectReplaceSendsEveryAttributeOnAnyChange() {
        CSEntryChange replace = plan(planner(ExportType.ObjectReplace), EXISTING, change(EXISTING, Map.of("title", "Boss")));
        assertEquals(ObjectModificationType.Replace, replace.objectModificationType());
        assertEquals(5, replace.attributeChanges().size());
        assertEquals(List.of("Boss"), replace.attribute("title").orElseThrow().addedValues());
        assertEquals(List.of("u1", "u2"), replace.attribute("members").orElseThrow().addedValues());
    }

    @Test
    void attributeReplaceSendsTheFullValueSetOfChangedAttributesOnly() {
        CSEntryChange update = plan(planner(ExportType.AttributeReplace), EXISTING,
                change(EXISTING, Map.of("proxyAddresses", List.of("a@x.org", "c@x.org"))));
        assertEquals(ObjectModificationType.Update, update.objectModificationType());
        assertEquals(List.of("proxyAddresses"), update.changedAttributeNames());
        AttributeChange proxies = update.attribute("proxyAddresses").orElseThrow();
        assertEquals(AttributeModificationType.Replace, proxies.modificationType());
        assertEquals(List.of("a@x.org", "c@x.org"), proxies.addedValues());
    }

    @Test
    void attributeUpdateSendsValueDeltasForMultiValuedAndReplaceForSingleValued() {
        Map<String, Object> overrides = Map.of("proxyAddresses", List.of("a@x.org", "c@x.org"), "title", "Boss");
        CSEntryChange update = plan(planner(ExportType.AttributeUpdate), EXISTING, change(EXISTING, overrides));
        AttributeChange proxies = update.attribute("proxyAddresses").orElseThrow();
        assertEquals(AttributeModificationType.Update, proxies.modificationType());
        assertEquals(List.of(ValueChange.add("c@x.org"), ValueChange.delete("b@x.org")), proxies.valueChanges());
        AttributeChange title = update.attribute("title").orElseThrow();
        assertEquals(AttributeModificationType.Replace, title.modificationType());
        assertEquals(List.of("Boss"), title.addedValues());
    }

    @Test
    void attributeUpdateAddsANewAttributeAndDeletesAClearedOne() {
        Map<String, Object> attributes = new java.util.LinkedHashMap<>(EXISTING.attributes());
        attributes.remove("mail");
        attributes.put("IsActive", true);
        CSEntryChange update = plan(planner(ExportType.AttributeUpdate), EXISTING, DesiredState.of(attributes, true));
        assertEquals(AttributeModificationType.Delete, update.attribute("mail").orElseThrow().modificationType());
        assertEquals(AttributeModificationType.Add, update.attribute("IsActive").orElseThrow().modificationType());
    }

    @Test
    void multivaluedReferenceUpdateSendsDeltasOnlyForReferenceAttributes() {
        Map<String, Object> overrides = Map.of("members", List.of("u1", "u3"), "proxyAddresses", List.of("a@x.org"));
        CSEntryChange update = plan(planner(ExportType.MultivaluedReferenceAttributeUpdate), EXISTING,
                change(EXISTING, overrides));
        AttributeChange members = update.attribute("members").orElseThrow();
        assertEquals(AttributeModificationType.Update, members.modificationType());
        assertEquals(List.of("u3"), members.addedValues());
        assertEquals(List.of("u2"), members.deletedValues());
        assertEquals(AttributeModificationType.Replace,
                update.attribute("proxyAddresses").orElseThrow().modificationType());
    }

    @Test
    void unchangedValuesNeedNoExportAndValueOrderDoesNotCount() {
        ExportPlan plan = planner(ExportType.AttributeUpdate).plan("User", "jdoe", null, EXISTING,
                change(EXISTING, Map.of("proxyAddresses", List.of("b@x.org", "a@x.org"))), SHAPES);
        assertFalse(plan.needsExport());
        assertTrue(plan.after().inTarget());
    }

    @Test
    void disableFlowNoneRecordsInactiveWithoutExport() {
        ExportPlan plan = planner(new Deprovisioning(DisableFlow.None, null, null, DeleteFlow.Delete))
                .plan("User", "jdoe", null, EXISTING, DesiredState.of(EXISTING.attributes(), false), SHAPES);
        assertFalse(plan.needsExport());
        assertFalse(plan.after().active());
        assertEquals(ObjectState.SOFT_DELETED, ObjectState.settled(plan.after()));
    }

    @Test
    void disableFlowSetAttributeExportsTheBooleanAndItsOppositeOnEnable() {
        ExportPlanner planner = planner(new Deprovisioning(DisableFlow.SetAttribute, "IsActive", false, DeleteFlow.Delete));
        ExportPlan disable = planner.plan("User", "jdoe", null, EXISTING, DesiredState.of(EXISTING.attributes(), false), SHAPES);
        assertEquals(List.of(false), disable.change().attribute("IsActive").orElseThrow().addedValues());
        ExportPlan enable = planner.plan("User", "jdoe", null, disable.after(),
                DesiredState.of(disable.after().attributes(), true), SHAPES);
        assertEquals(List.of(true), enable.change().attribute("IsActive").orElseThrow().addedValues());
    }

    @Test
    void disableFlowSetAttributeLeavesATypeWithoutThatAttributeAlone() {
        Schema schema = new Schema(List.of(
                new SchemaType("User", true, List.of(SchemaAttribute.anchor("login", AttributeType.String),
                        SchemaAttribute.singleValued("IsActive", AttributeType.Boolean))),
                new SchemaType("Group", true, List.of(SchemaAttribute.anchor("login", AttributeType.String),
                        SchemaAttribute.multiValued("members", AttributeType.Reference)))));
        ExportPlanner planner = planner(new Deprovisioning(DisableFlow.SetAttribute, "IsActive", false, DeleteFlow.Delete));
        CSEntryChange group = planner.plan("Group", "g1", null, ConfirmedState.absent(),
                DesiredState.of(Map.of("login", "g1", "members", List.of("u1")), true),
                AttributeShapes.of(schema, "Group")).change();
        assertEquals(java.util.Set.of("login", "members"),
                group.attributeChanges().stream().map(AttributeChange::name).collect(java.util.stream.Collectors.toSet()));
        CSEntryChange user = planner.plan("User", "jdoe", null, ConfirmedState.absent(),
                DesiredState.of(Map.of("login", "jdoe"), true), AttributeShapes.of(schema, "User")).change();
        assertEquals(List.of(true), user.attribute("IsActive").orElseThrow().addedValues());
    }

    @Test
    void disableFlowDeleteRemovesFromTargetButKeepsTheSoftDeletedObjectAndReAddsOnEnable() {
        ExportPlanner planner = planner(new Deprovisioning(DisableFlow.Delete, null, null, DeleteFlow.Delete));
        ExportPlan disable = planner.plan("User", "jdoe", null, EXISTING, DesiredState.of(EXISTING.attributes(), false), SHAPES);
        assertEquals(ObjectModificationType.Delete, disable.change().objectModificationType());
        assertFalse(disable.removeRow());
        assertFalse(disable.after().inTarget());
        ExportPlan enable = planner.plan("User", "jdoe", null, disable.after(),
                DesiredState.of(disable.after().attributes(), true), SHAPES);
        assertEquals(ObjectModificationType.Add, enable.change().objectModificationType());
    }

    @Test
    void deleteFlowDeleteExportsADeleteAndRemovesTheRow() {
        ExportPlan plan = planner(ExportType.AttributeReplace).plan("User", "jdoe", null, EXISTING,
                EXISTING.asDesired().markDeleted(), SHAPES);
        assertEquals(ObjectModificationType.Delete, plan.change().objectModificationType());
        assertTrue(plan.removeRow());
    }

    @Test
    void deleteOfAnObjectNotInTheTargetNeedsNoExport() {
        ExportPlan plan = planner(ExportType.AttributeReplace).plan("User", "jdoe", null,
                new ConfirmedState(EXISTING.attributes(), false, false), EXISTING.asDesired().markDeleted(), SHAPES);
        assertNull(plan.change());
        assertTrue(plan.removeRow());
    }

    @Test
    void deleteFlowNoneKeepsTheObjectInactive() {
        ExportPlan plan = planner(new Deprovisioning(DisableFlow.None, null, null, DeleteFlow.None))
                .plan("User", "jdoe", null, EXISTING, EXISTING.asDesired().markDeleted(), SHAPES);
        assertNull(plan.change());
        assertFalse(plan.removeRow());
        assertFalse(plan.after().active());
    }
}
