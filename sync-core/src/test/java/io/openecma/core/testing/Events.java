package io.openecma.core.testing;

import io.openecma.core.space.ExportPlanner;
import io.openecma.schemas.ecma.AnchorAttribute;
import io.openecma.schemas.ecma.AttributeChange;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.CSEntryChange;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import io.openecma.schemas.events.Message;
import io.openecma.schemas.events.ScimChangeEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for the messages the test publishes as the ingress and the workers would. */
public final class Events {

    public static final Schema HR_SCHEMA = new Schema(List.of(new SchemaType("User", true, List.of(
            SchemaAttribute.anchor("EmployeeId", AttributeType.String),
            SchemaAttribute.singleValued("userName", AttributeType.String),
            SchemaAttribute.singleValued("firstName", AttributeType.String),
            SchemaAttribute.singleValued("lastName", AttributeType.String),
            SchemaAttribute.singleValued("email", AttributeType.String),
            SchemaAttribute.singleValued("department", AttributeType.String),
            SchemaAttribute.singleValued("title", AttributeType.String),
            SchemaAttribute.singleValued("manager", AttributeType.Reference),
            SchemaAttribute.singleValued("isActive", AttributeType.Boolean)))));

    private Events() {
    }

    public static ScimChangeEvent change(ChangeOperation operation, String anchor, Boolean active, AttributeDelta... deltas) {
        return new ScimChangeEvent(Message.CURRENT_VERSION, UUID.randomUUID(), UUID.randomUUID(), TestConnectors.HR,
                "User", anchor, anchor, operation, List.of(deltas), active, UUID.randomUUID().toString(), false,
                Instant.now(), null);
    }

    /** A SCIM create of an active hr user: its anchor, its userName and any further attributes. */
    public static ScimChangeEvent create(String anchor, String userName, AttributeDelta... more) {
        List<AttributeDelta> deltas = new java.util.ArrayList<>(List.of(AttributeDelta.replace("EmployeeId", anchor),
                AttributeDelta.replace("userName", userName)));
        deltas.addAll(List.of(more));
        return change(ChangeOperation.CREATE, anchor, true, deltas.toArray(AttributeDelta[]::new));
    }

    /** The same request sent again by the ingress: new message and correlation ids, same fingerprint. */
    /** The event as a replica that reads partition {@code replyPartition} of the outcomes sends it. */
    public static ScimChangeEvent replyingTo(ScimChangeEvent event, int replyPartition) {
        return new ScimChangeEvent(event.schemaVersion(), event.messageId(), event.correlationId(), event.connector(),
                event.objectType(), event.scimId(), event.anchor(), event.operation(), event.deltas(), event.active(),
                event.requestFingerprint(), event.hasPassword(), event.occurredAt(), event.password(), replyPartition);
    }

    public static ScimChangeEvent retryOf(ScimChangeEvent first) {
        return new ScimChangeEvent(first.schemaVersion(), UUID.randomUUID(), UUID.randomUUID(), first.connector(),
                first.objectType(), first.scimId(), first.anchor(), first.operation(), first.deltas(), first.active(),
                first.requestFingerprint(), first.hasPassword(), Instant.now(), first.password());
    }

    /** An imported user as the Import script would return it. */
    public static CSEntryChange imported(String anchor, Map<String, Object> attributes) {
        List<AttributeChange> changes = new ArrayList<>();
        changes.add(AttributeChange.add("EmployeeId", anchor));
        attributes.forEach((name, value) -> changes.add(AttributeChange.add(name, value)));
        return new CSEntryChange(UUID.randomUUID(), "User", ExportPlanner.defaultDn("User", anchor),
                ObjectModificationType.Add, List.of(new AnchorAttribute("EmployeeId", anchor)), changes);
    }
}
