package io.openecma.ingress.it;

import io.openecma.schemas.crypto.TokenHash;
import io.openecma.schemas.definition.Capabilities;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.DeleteFlow;
import io.openecma.schemas.definition.Deprovisioning;
import io.openecma.schemas.definition.DisableFlow;
import io.openecma.schemas.definition.ScimMapping;
import io.openecma.schemas.definition.PatchAnswer;
import io.openecma.schemas.definition.ScimOptions;
import io.openecma.schemas.definition.UnmappedAttributes;
import io.openecma.schemas.definition.ScriptRuntime;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ObjectConfirmation;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;
import io.openecma.schemas.events.ConnectorSnapshot;
import io.openecma.schemas.events.Message;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The connectors the component tests serve: "HR" (users and groups) and "Other" (users only). */
public final class TestConnectors {

    public static final String HR = "HR";
    public static final String OTHER = "Other";
    /** A connector whose first full import sync-core reports as still running. */
    public static final String IMPORTING = "Importing";
    /**
     * Users and Groups anchored on an id the target chooses, keeping unmapped attributes, PATCH
     * answered 204: the shape
     * the replay of Microsoft's SCIM test collection runs against (MicrosoftCollectionReplayTest).
     */
    public static final String REPLAY = "Replay";
    public static final String REPLAY_TOKEN = "replay-secret-token-5555555555";
    public static final String HR_TOKEN = "hr-secret-token-0123456789";
    public static final String OTHER_TOKEN = "other-secret-token-9876543210";
    /** A key pair made for this test run: the ingress gets the public half, the test opens with the private one. */
    public static final String[] PASSWORD_KEYS = io.openecma.schemas.crypto.SealedBox.newKeyPair();

    private TestConnectors() {
    }

    public static final Schema HR_SCHEMA = new Schema(List.of(
            new SchemaType("User", true, List.of(
                    SchemaAttribute.anchor("login", AttributeType.String),
                    SchemaAttribute.singleValued("firstName", AttributeType.String),
                    SchemaAttribute.singleValued("lastName", AttributeType.String),
                    SchemaAttribute.singleValued("email", AttributeType.String),
                    SchemaAttribute.singleValued("employeeId", AttributeType.Integer),
                    SchemaAttribute.singleValued("IsActive", AttributeType.Boolean),
                    SchemaAttribute.singleValued("manager", AttributeType.Reference),
                    SchemaAttribute.singleValued("department", AttributeType.String),
                    SchemaAttribute.singleValued("photo", AttributeType.Binary),
                    SchemaAttribute.multiValued("proxyAddresses", AttributeType.String),
                    SchemaAttribute.singleValued("scimExtra", AttributeType.String))),
            new SchemaType("Group", true, List.of(
                    SchemaAttribute.anchor("displayName", AttributeType.String),
                    SchemaAttribute.multiValued("member", AttributeType.Reference)))));

    /** HR keeps attributes no mapping names (externalId, nickName, ...) as JSON in scimExtra. */
    public static ConnectorSnapshot hr() {
        return snapshot(HR, HR_TOKEN, HR_SCHEMA, new ScimOptions(UnmappedAttributes.store, "scimExtra"), List.of(
                new ScimMapping("userName", "login"),
                new ScimMapping("name.givenName", "firstName"),
                new ScimMapping("name.familyName", "lastName"),
                new ScimMapping("emails[type eq \"work\"].value", "email"),
                new ScimMapping("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "employeeId"),
                new ScimMapping("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "manager"),
                new ScimMapping("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "department")));
    }

    public static final Schema REPLAY_SCHEMA = new Schema(List.of(
                new SchemaType("User", true, List.of(
                        SchemaAttribute.anchor("id", AttributeType.String),
                        SchemaAttribute.singleValued("userName", AttributeType.String),
                        SchemaAttribute.singleValued("displayName", AttributeType.String),
                        SchemaAttribute.singleValued("givenName", AttributeType.String),
                        SchemaAttribute.singleValued("familyName", AttributeType.String),
                        SchemaAttribute.singleValued("email", AttributeType.String),
                        SchemaAttribute.singleValued("scimData", AttributeType.String))),
                new SchemaType("Group", true, List.of(
                        SchemaAttribute.anchor("id", AttributeType.String),
                        SchemaAttribute.singleValued("displayName", AttributeType.String),
                        SchemaAttribute.multiValued("members", AttributeType.Reference),
                        SchemaAttribute.singleValued("scimData", AttributeType.String)))));

    public static ConnectorSnapshot replay() {
        return snapshot(REPLAY, REPLAY_TOKEN, REPLAY_SCHEMA, new ScimOptions(UnmappedAttributes.store, "scimData", true,
                        PatchAnswer.noContent),
                "id", List.of(new ScimMapping("userName", "userName"),
                        new ScimMapping("displayName", "displayName"),
                        new ScimMapping("name.givenName", "givenName"),
                        new ScimMapping("name.familyName", "familyName"),
                        new ScimMapping("emails[type eq \"work\"].value", "email")));
    }

    public static ConnectorSnapshot other() {
        Schema schema = new Schema(List.of(new SchemaType("User", true, List.of(
                SchemaAttribute.anchor("login", AttributeType.String),
                SchemaAttribute.singleValued("firstName", AttributeType.String)))));
        return snapshot(OTHER, OTHER_TOKEN, schema, ScimOptions.DEFAULT, List.of(new ScimMapping("userName", "login"),
                new ScimMapping("name.givenName", "firstName")));
    }

    public static ConnectorSnapshot importing() {
        return snapshot(IMPORTING, OTHER_TOKEN, null, ScimOptions.DEFAULT, List.of(new ScimMapping("userName", "login")));
    }

    private static ConnectorSnapshot snapshot(String name, String token, Schema schema, ScimOptions scim,
                                              List<ScimMapping> mappings) {
        return snapshot(name, token, schema, scim, "login", mappings);
    }

    private static ConnectorSnapshot snapshot(String name, String token, Schema schema, ScimOptions scim,
                                              String anchor, List<ScimMapping> mappings) {
        ConnectorDefinition definition = new ConnectorDefinition(name, TokenHash.hash(token),
                new Capabilities(ExportType.ObjectReplace, ObjectConfirmation.Normal, true, false, true, true, false,
                        false),
                "User", anchor, List.of(), mappings,
                new Deprovisioning(DisableFlow.None, null, null, DeleteFlow.Delete), 120, null,
                ScriptRuntime.EMBEDDED, 0, Map.of(), null, List.of(), null, List.of(), scim);
        return new ConnectorSnapshot(Message.CURRENT_VERSION, UUID.randomUUID(), name, definition, schema,
                "test-" + name, 1, Instant.now());
    }
}
