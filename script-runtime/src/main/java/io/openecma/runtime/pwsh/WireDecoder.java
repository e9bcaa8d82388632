package io.openecma.runtime.pwsh;

import com.fasterxml.jackson.databind.JsonNode;
import io.openecma.runtime.ecma2.AnchorAttribute;
import io.openecma.runtime.ecma2.AttributeChange;
import io.openecma.runtime.ecma2.CSEntryChange;
import io.openecma.runtime.ecma2.CSEntryChangeResult;
import io.openecma.runtime.ecma2.CloseImportConnectionResults;
import io.openecma.runtime.ecma2.Ecma2Values;
import io.openecma.runtime.ecma2.GetImportEntriesResults;
import io.openecma.runtime.ecma2.HierarchyNode;
import io.openecma.runtime.ecma2.MAImportError;
import io.openecma.runtime.ecma2.OpenImportConnectionResults;
import io.openecma.runtime.ecma2.ParameterValidationResult;
import io.openecma.runtime.ecma2.ParameterValidationResultCode;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.PutExportEntriesResults;
import io.openecma.runtime.ecma2.Schema;
import io.openecma.runtime.ecma2.SchemaAttribute;
import io.openecma.runtime.ecma2.SchemaType;
import io.openecma.runtime.ecma2.ValueChange;
import io.openecma.schemas.ecma.AttributeModificationType;
import io.openecma.schemas.ecma.AttributeOperation;
import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.MAExportError;
import io.openecma.schemas.ecma.ObjectModificationType;
import io.openecma.schemas.ecma.ValueModificationType;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * What a script returned, as the host script wrote it, back into the Java ECMA2 objects the
 * embedded runtime works with, so both runtimes check results with the same code. Anything that
 * is not an ECMA2 object stays a {@link Foreign} value (named in wrong-result errors).
 */
final class WireDecoder {

    private WireDecoder() {
    }

    /** A value of a type the protocol does not carry: its .NET type name and text. */
    record Foreign(String typeName, String text) implements Ecma2Values.Described {
        @Override
        public String description() {
            return "a " + typeName;
        }

        @Override
        public String toString() {
            return typeName + " (" + text + ")";
        }
    }

    static List<Object> output(JsonNode items) {
        List<Object> output = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> output.add(item(item)));
        }
        return output;
    }

    static Object item(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            return scalar(node);
        }
        String type = node.path("_t").asText("");
        return switch (type) {
            case "Schema" -> schema(node);
            case "ParameterValidationResult" -> new ParameterValidationResult(
                    enumOf(ParameterValidationResultCode.class, node.path("code").asText()), str(node, "message"),
                    str(node, "parameter"));
            case "Partition" -> Partition.Create(UUID.fromString(node.path("identifier").asText()), str(node, "dn"),
                    str(node, "name"));
            case "HierarchyNode" -> HierarchyNode.Create(str(node, "dn"), str(node, "displayName"));
            case "OpenImportConnectionResults" -> new OpenImportConnectionResults(str(node, "customData"));
            case "CloseImportConnectionResults" -> new CloseImportConnectionResults(str(node, "customData"));
            case "GetImportEntriesResults" -> new GetImportEntriesResults(str(node, "customData"),
                    node.path("moreToImport").asBoolean(false), output(node.get("entries")));
            case "CSEntryChange" -> csEntryChange(node);
            case "PutExportEntriesResults" -> new PutExportEntriesResults(output(node.get("results")));
            case "CSEntryChangeResult" -> csEntryChangeResult(node);
            case "AttributeChange" -> attributeChange(node);
            case "List" -> output(node.get("items"));
            case "Binary" -> Base64.getDecoder().decode(node.path("b64").asText());
            default -> new Foreign(node.path("typeName").asText(type), node.path("text").asText(""));
        };
    }

    private static Object scalar(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        return node.toString();
    }

    /** An attribute value: string, Int64, Boolean or {"b64": ...}. */
    static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject() && node.has("b64")) {
            return Base64.getDecoder().decode(node.get("b64").asText());
        }
        if (node.isObject()) {
            return item(node);
        }
        return scalar(node);
    }

    private static Schema schema(JsonNode node) {
        Schema schema = Schema.Create();
        for (JsonNode t : node.path("types")) {
            SchemaType type = SchemaType.Create(str(t, "name"), t.path("locked").asBoolean(true));
            for (JsonNode a : t.path("attributes")) {
                type.getAttributes().add(new SchemaAttribute(str(a, "name"),
                        enumOf(AttributeType.class, a.path("dataType").asText()), a.path("multiValued").asBoolean(),
                        a.path("anchor").asBoolean(), enumOf(AttributeOperation.class, a.path("operation").asText())));
            }
            for (JsonNode dn : t.path("dnComponents")) {
                type.getPossibleDNComponentsForProvisioning().Add(dn.asText());
            }
            schema.getTypes().add(type);
        }
        return schema;
    }

    private static CSEntryChange csEntryChange(JsonNode node) {
        CSEntryChange change = CSEntryChange.Create();
        String id = str(node, "identifier");
        if (id != null && !id.isEmpty()) {
            change.setIdentifier(UUID.fromString(id));
        }
        change.setObjectModificationType(enumOf(ObjectModificationType.class, node.path("objectModificationType").asText()));
        change.setObjectType(str(node, "objectType"));
        change.setDN(str(node, "dn"));
        for (JsonNode a : node.path("anchors")) {
            change.getAnchorAttributes().add(AnchorAttribute.Create(str(a, "name"), value(a.get("value"))));
        }
        for (JsonNode a : node.path("changes")) {
            change.getAttributeChanges().add(attributeChange(a));
        }
        change.setErrorCodeImport(enumOf(MAImportError.class, node.path("errorCodeImport").asText()));
        change.setErrorName(str(node, "errorName"));
        change.setErrorDetail(str(node, "errorDetail"));
        return change;
    }

    private static AttributeChange attributeChange(JsonNode node) {
        List<ValueChange> values = new ArrayList<>();
        for (JsonNode v : node.path("values")) {
            Object value = value(v.get("value"));
            values.add(enumOf(ValueModificationType.class, v.path("modificationType").asText()) == ValueModificationType.Delete
                    ? ValueChange.CreateValueDelete(value) : ValueChange.CreateValueAdd(value));
        }
        return new AttributeChange(str(node, "name"),
                enumOf(AttributeModificationType.class, node.path("modificationType").asText()), values, null);
    }

    private static CSEntryChangeResult csEntryChangeResult(JsonNode node) {
        String id = str(node, "identifier");
        return CSEntryChangeResult.Create(id == null || id.isEmpty() ? null : UUID.fromString(id),
                output(node.get("anchorAttributes")), enumOf(MAExportError.class, node.path("errorCode").asText()),
                str(node, "errorName"), str(node, "errorDetail"));
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** An enum by name (any case); null for an empty name. */
    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName() + " value.");
    }
}
