package io.openecma.runtime.pwsh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.runtime.ecma2.AnchorAttribute;
import io.openecma.runtime.ecma2.AttributeChange;
import io.openecma.runtime.ecma2.CSEntry;
import io.openecma.runtime.ecma2.CSEntryChange;
import io.openecma.runtime.ecma2.CloseExportConnectionRunStep;
import io.openecma.runtime.ecma2.CloseImportConnectionRunStep;
import io.openecma.runtime.ecma2.ConfigParameter;
import io.openecma.runtime.ecma2.ConfigParameterPage;
import io.openecma.runtime.ecma2.Ecma2Values;
import io.openecma.runtime.ecma2.HierarchyNode;
import io.openecma.runtime.ecma2.ImportRunStep;
import io.openecma.runtime.ecma2.OpenExportConnectionRunStep;
import io.openecma.runtime.ecma2.OpenImportConnectionRunStep;
import io.openecma.runtime.ecma2.Partition;
import io.openecma.runtime.ecma2.PasswordOptions;
import io.openecma.runtime.ecma2.Schema;
import io.openecma.runtime.ecma2.SchemaAttribute;
import io.openecma.runtime.ecma2.SchemaType;
import io.openecma.runtime.ecma2.ValueChange;
import io.openecma.powershell.runtime.PSCredential;

import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The host parameters of a script call as JSON for the host script, which rebuilds them as
 * Microsoft.MetadirectoryServices objects. Each object names its type in {@code _t}. Data strings
 * carry an {@code s:} prefix so that PowerShell 7's ConvertFrom-Json never turns a date-looking
 * value into a DateTime; numbers are Int64, binary values {@code {"b64": ...}}.
 */
final class WireEncoder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WireEncoder() {
    }

    static JsonNode text(String s) {
        return s == null ? JSON.nullNode() : JSON.textNode("s:" + s);
    }

    static ObjectNode typed(String type) {
        ObjectNode node = JSON.objectNode();
        node.put("_t", type);
        return node;
    }

    /** An attribute or anchor value: string, Int64, Boolean or binary. */
    static JsonNode value(Object value) {
        Object v = Ecma2Values.binary(Ecma2Values.unwrap(value));
        if (v == null) {
            return JSON.nullNode();
        }
        if (v instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return JSON.numberNode(((Number) v).longValue());
        }
        if (v instanceof byte[] bytes) {
            ObjectNode node = JSON.objectNode();
            node.put("b64", Base64.getEncoder().encodeToString(bytes));
            return node;
        }
        return text(String.valueOf(v));
    }

    static ArrayNode configParameters(Iterable<ConfigParameter> parameters) {
        ArrayNode array = JSON.arrayNode();
        for (ConfigParameter p : parameters) {
            ObjectNode node = array.addObject();
            node.put("name", p.getName());
            node.put("encrypted", p.getIsEncrypted());
            node.set("value", text(p.getIsEncrypted() ? plainText(p.getSecureValue()) : p.getValue()));
        }
        return array;
    }

    static ObjectNode partition(Partition p) {
        ObjectNode node = typed("Partition");
        node.put("identifier", p.getIdentifier().toString());
        node.set("dn", text(p.getDN()));
        node.set("name", text(p.getName()));
        return node;
    }

    static ObjectNode schema(Schema schema) {
        ObjectNode node = typed("Schema");
        ArrayNode types = node.putArray("types");
        for (SchemaType t : schema.getTypes()) {
            ObjectNode type = types.addObject();
            type.put("name", t.getName());
            type.put("locked", t.getLocked());
            ArrayNode attributes = type.putArray("attributes");
            for (SchemaAttribute a : t.getAttributes()) {
                ObjectNode attribute = attributes.addObject();
                attribute.put("name", a.getName());
                attribute.put("dataType", a.getDataType().name());
                attribute.put("multiValued", a.getIsMultiValued());
                attribute.put("anchor", a.getIsAnchor());
                attribute.put("operation", a.getAllowedAttributeOperation().name());
            }
            ArrayNode dn = type.putArray("dnComponents");
            t.getPossibleDNComponentsForProvisioning().forEach(dn::add);
        }
        return node;
    }

    static ObjectNode csEntryChange(CSEntryChange change) {
        ObjectNode node = typed("CSEntryChange");
        node.put("identifier", change.getIdentifier().toString());
        node.put("objectModificationType", change.getObjectModificationType().name());
        node.put("objectType", change.getObjectType());
        node.set("dn", text(change.getDN()));
        ArrayNode anchors = node.putArray("anchors");
        for (AnchorAttribute a : change.getAnchorAttributes()) {
            ObjectNode anchor = anchors.addObject();
            anchor.put("name", a.getName());
            anchor.set("value", value(a.getValue()));
        }
        ArrayNode changes = node.putArray("changes");
        for (AttributeChange a : change.getAttributeChanges()) {
            ObjectNode attribute = changes.addObject();
            attribute.put("name", a.getName());
            attribute.put("modificationType", a.getModificationType().name());
            attribute.put("dataType", a.getDataType() == null ? "Undefined" : a.getDataType().name());
            ArrayNode values = attribute.putArray("values");
            for (ValueChange v : a.getValueChanges()) {
                ObjectNode valueChange = values.addObject();
                valueChange.put("modificationType", v.getModificationType().name());
                valueChange.set("value", value(v.getValue()));
            }
        }
        return node;
    }

    static ObjectNode csEntries(List<CSEntryChange> changes) {
        ObjectNode node = typed("CSEntries");
        ArrayNode items = node.putArray("items");
        changes.forEach(c -> items.add(csEntryChange(c)));
        return node;
    }

    static ObjectNode csEntry(CSEntry entry) {
        ObjectNode node = typed("CSEntry");
        node.set("dn", text(entry.getDN()));
        node.put("objectType", entry.getObjectType());
        ObjectNode values = node.putObject("attributes");
        for (String name : entry.getAttributeNames()) {
            ArrayNode array = values.putArray(name);
            entry.get_Item(name).getValues().forEach(v -> array.add(value(v)));
        }
        return node;
    }

    static ObjectNode passwordOptions(Set<? extends Enum<?>> options) {
        ObjectNode node = typed("PasswordOptions");
        node.put("value", options.isEmpty() ? "None"
                : String.join(", ", options.stream().map(Enum::name).sorted().toList()));
        return node;
    }

    /** A string parameter ($OperationType, the passwords). */
    static ObjectNode string(String s) {
        ObjectNode node = typed("String");
        node.set("value", text(s));
        return node;
    }

    static ObjectNode enumValue(String type, Enum<?> value) {
        ObjectNode node = typed(type);
        node.put("value", value.name());
        return node;
    }

    /** A script parameter's value (see {@link io.openecma.runtime.Runspace#pass}). */
    @SuppressWarnings("unchecked")
    static JsonNode parameter(Object value) {
        // null: a string parameter the call has no value for (ChangePassword's old password may be)
        if (value == null || value instanceof String) {
            return string((String) value);
        }
        if (value instanceof ConfigParameterPage page) {
            return enumValue("ConfigParameterPage", page);
        }
        if (value instanceof HierarchyNode node) {
            return hierarchyNode(node.getDN(), node.getDisplayName());
        }
        if (value instanceof Partition partition) {
            return partition(partition);
        }
        if (value instanceof CSEntry entry) {
            return csEntry(entry);
        }
        if (value instanceof PasswordOptions options) {
            return passwordOptions(options.flags());
        }
        if (value instanceof Schema schema) {
            return schema(schema);
        }
        if (value instanceof OpenImportConnectionRunStep step) {
            return openImport(step);
        }
        if (value instanceof ImportRunStep step) {
            return importRunStep(step.getCustomData());
        }
        if (value instanceof CloseImportConnectionRunStep step) {
            return closeImport(step);
        }
        if (value instanceof OpenExportConnectionRunStep step) {
            return openExport(step);
        }
        if (value instanceof CloseExportConnectionRunStep step) {
            return closeExport(step);
        }
        if (value instanceof List<?> batch) {
            return csEntries((List<CSEntryChange>) batch);
        }
        throw new IllegalArgumentException("The pwsh runtime does not pass " + value.getClass().getName() + " to scripts.");
    }

    static ObjectNode openImport(OpenImportConnectionRunStep step) {
        ObjectNode node = typed("OpenImportConnectionRunStep");
        node.set("partition", partition(step.getStepPartition()));
        node.put("importType", step.getImportType().name());
        node.put("pageSize", step.getPageSize());
        node.set("customData", text(step.getCustomData()));
        return node;
    }

    static ObjectNode importRunStep(String customData) {
        ObjectNode node = typed("ImportRunStep");
        node.set("customData", text(customData));
        return node;
    }

    static ObjectNode closeImport(CloseImportConnectionRunStep step) {
        ObjectNode node = typed("CloseImportConnectionRunStep");
        node.put("reason", step.getReason().name());
        node.set("customData", text(step.getCustomData()));
        return node;
    }

    static ObjectNode openExport(OpenExportConnectionRunStep step) {
        ObjectNode node = typed("OpenExportConnectionRunStep");
        node.set("partition", partition(step.getStepPartition()));
        node.put("batchSize", step.getBatchSize());
        node.put("exportType", step.getExportType().name());
        return node;
    }

    static ObjectNode closeExport(CloseExportConnectionRunStep step) {
        ObjectNode node = typed("CloseExportConnectionRunStep");
        node.put("reason", step.getReason().name());
        return node;
    }

    static ObjectNode hierarchyNode(String dn, String displayName) {
        ObjectNode node = typed("HierarchyNode");
        node.set("dn", text(dn));
        node.set("displayName", text(displayName));
        return node;
    }

    /** The credential's user and password (the password travels only in the init message on stdin). */
    static JsonNode credential(PSCredential credential) {
        if (credential == null) {
            return JSON.nullNode();
        }
        ObjectNode node = JSON.objectNode();
        node.set("user", text(credential.getUserName()));
        node.set("password", text(plainText(credential.getPassword())));
        return node;
    }

    private static String plainText(PSCredential.SecureString secure) {
        return new PSCredential("-", secure).GetNetworkCredential().password();
    }
}
