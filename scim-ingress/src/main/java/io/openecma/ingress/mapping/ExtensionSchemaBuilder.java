package io.openecma.ingress.mapping;

import io.openecma.ingress.scim.ScimAttribute;
import io.openecma.ingress.scim.ScimSchema;
import io.openecma.ingress.scim.ScimSchemas;
import io.openecma.schemas.ecma.AttributeOperation;
import io.openecma.schemas.ecma.SchemaAttribute;

import java.util.List;

/**
 * Builds the {@code urn:ietf:params:scim:schemas:extension:ECMA2Host:2.0:User} schema from the
 * connector's discovered attributes, one SCIM attribute per connector attribute, as ECMA2Host does.
 */
public final class ExtensionSchemaBuilder {

    private ExtensionSchemaBuilder() {
    }

    public static ScimSchema build(List<SchemaAttribute> attributes) {
        return new ScimSchema(ScimSchemas.ECMA2HOST_USER, "ECMA2HostUser",
                "Attributes of the connected system, from the connector's Schema script",
                attributes.stream().map(ExtensionSchemaBuilder::toScim).toList());
    }

    static ScimAttribute toScim(SchemaAttribute attribute) {
        ScimAttribute scim = ScimAttribute.of(attribute.name(), scimType(attribute), attribute.multiValued(),
                attribute.dataType() + " attribute of the connected system" + (attribute.anchor() ? " (anchor)" : ""));
        if (attribute.anchor()) {
            scim = scim.unique("server");
        }
        if (attribute.allowedOperation() == AttributeOperation.ImportOnly) {
            scim = scim.mutability("readOnly", "default");
        } else if (attribute.allowedOperation() == AttributeOperation.ExportOnly) {
            scim = scim.mutability("writeOnly", "never");
        }
        return scim;
    }

    static String scimType(SchemaAttribute attribute) {
        return switch (attribute.dataType()) {
            case Integer -> "integer";
            case Boolean -> "boolean";
            case Binary -> "binary";
            case Reference -> "reference";
            default -> "string";
        };
    }
}
