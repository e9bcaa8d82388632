package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.AttributeValues;
import io.openecma.schemas.ecma.CloseRunStep;
import io.openecma.schemas.ecma.OpenExportRunStep;
import io.openecma.schemas.ecma.OpenImportRunStep;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Between the data model ({@code io.openecma.schemas.ecma}) and the objects scripts see. Values
 * travel in the data model as String, Long and Boolean (binary as base64); scripts get byte[] for
 * a Binary attribute when the schema says so. What a script sets that the data model cannot hold
 * is refused with the attribute's name, never dropped.
 */
public final class Ecma2Converter {

    private Ecma2Converter() {
    }

    // ---- schema

    public static Schema toScript(io.openecma.schemas.ecma.Schema model) {
        Schema schema = Schema.Create();
        for (io.openecma.schemas.ecma.SchemaType t : model.types()) {
            SchemaType type = SchemaType.Create(t.name(), t.lockAnchor());
            for (io.openecma.schemas.ecma.SchemaAttribute a : t.attributes()) {
                type.getAttributes().add(new SchemaAttribute(a.name(), a.dataType(), a.multiValued(), a.anchor(),
                        a.allowedOperation()));
            }
            schema.getTypes().add(type);
        }
        return schema;
    }

    public static io.openecma.schemas.ecma.Schema toModel(Schema schema) {
        List<io.openecma.schemas.ecma.SchemaType> types = new ArrayList<>();
        for (Object o : schema.getTypes()) {
            SchemaType t = expect(o, SchemaType.class, "Schema.Types");
            List<io.openecma.schemas.ecma.SchemaAttribute> attributes = new ArrayList<>();
            for (Object ao : t.getAttributes()) {
                SchemaAttribute a = expect(ao, SchemaAttribute.class, "SchemaType '" + t.getName() + "'.Attributes");
                attributes.add(new io.openecma.schemas.ecma.SchemaAttribute(a.getName(), a.getDataType(),
                        a.getIsMultiValued(), a.getIsAnchor(), a.getAllowedAttributeOperation()));
            }
            types.add(new io.openecma.schemas.ecma.SchemaType(t.getName(), t.getLocked(), attributes));
        }
        return new io.openecma.schemas.ecma.Schema(types);
    }

    // ---- CSEntryChange

    /** An exported change as the Export script sees it; data types come from the schema when known. */
    public static CSEntryChange toScript(io.openecma.schemas.ecma.CSEntryChange model, io.openecma.schemas.ecma.Schema schema) {
        CSEntryChange change = CSEntryChange.Create();
        change.setIdentifier(model.identifier());
        change.setObjectType(model.objectType());
        change.setDN(model.dn());
        change.setObjectModificationType(model.objectModificationType());
        for (io.openecma.schemas.ecma.AnchorAttribute a : model.anchorAttributes()) {
            change.getAnchorAttributes().add(AnchorAttribute.Create(a.name(),
                    toScriptValue(a.value(), typeOf(schema, model.objectType(), a.name()))));
        }
        for (io.openecma.schemas.ecma.AttributeChange a : model.attributeChanges()) {
            change.getAttributeChanges().add(toScript(a, typeOf(schema, model.objectType(), a.name())));
        }
        return change;
    }

    /** What an Import script built, in the data model. ErrorCodeImport is read separately ({@link #importError}). */
    public static io.openecma.schemas.ecma.CSEntryChange toModel(CSEntryChange change) {
        if (change.getObjectModificationType() == null) {
            throw new IllegalArgumentException("CSEntryChange " + change.getIdentifier() + " has no ObjectModificationType.");
        }
        List<io.openecma.schemas.ecma.AnchorAttribute> anchors = toModelAnchors(change);
        List<io.openecma.schemas.ecma.AttributeChange> changes = new ArrayList<>();
        for (Object o : change.getAttributeChanges()) {
            changes.add(toModel(expect(o, AttributeChange.class, "CSEntryChange.AttributeChanges")));
        }
        return new io.openecma.schemas.ecma.CSEntryChange(change.getIdentifier(), change.getObjectType(), change.getDN(),
                change.getObjectModificationType(), anchors, changes);
    }

    private static List<io.openecma.schemas.ecma.AnchorAttribute> toModelAnchors(CSEntryChange change) {
        List<io.openecma.schemas.ecma.AnchorAttribute> anchors = new ArrayList<>();
        for (Object o : change.getAnchorAttributes()) {
            AnchorAttribute a = expect(o, AnchorAttribute.class, "CSEntryChange.AnchorAttributes");
            anchors.add(new io.openecma.schemas.ecma.AnchorAttribute(a.getName(), toModelValue(a.getName(), a.getValue())));
        }
        return anchors;
    }

    /**
     * The import error a script set on an entry, if any (ErrorCodeImport other than Success), with the
     * entry's object type and anchor attributes so the object it names can be found.
     */
    public static java.util.Optional<ImportEntryError> importError(CSEntryChange change) {
        if (change.getErrorCodeImport() == null || change.getErrorCodeImport() == MAImportError.Success) {
            return java.util.Optional.empty();
        }
        List<io.openecma.schemas.ecma.AnchorAttribute> anchors = toModelAnchors(change);
        return java.util.Optional.of(new ImportEntryError(change.getIdentifier(), change.getObjectType(), anchors,
                change.getDN(), change.getErrorCodeImport(), change.getErrorName(), change.getErrorDetail()));
    }

    /** An entry the Import script flagged with ErrorCodeImport; objectType and DN are null when the script set none. */
    public record ImportEntryError(UUID identifier, String objectType, List<io.openecma.schemas.ecma.AnchorAttribute> anchorAttributes,
                                   String dn, MAImportError code, String errorName, String errorDetail) {

        public ImportEntryError {
            anchorAttributes = anchorAttributes == null ? List.of() : List.copyOf(anchorAttributes);
        }

        /**
         * The anchor as one string, the way sync-core keys objects: the value of the connector's anchor
         * attribute when the entry has it, else of the entry's only anchor attribute; null when there
         * is none (or several and none is the connector's).
         */
        public String anchor(String connectorAnchorAttribute) {
            io.openecma.schemas.ecma.AnchorAttribute chosen = anchorAttributes.stream()
                    .filter(a -> a.name().equalsIgnoreCase(connectorAnchorAttribute)).findFirst()
                    .orElse(anchorAttributes.size() == 1 ? anchorAttributes.get(0) : null);
            return chosen == null || chosen.value() == null ? null : String.valueOf(chosen.value());
        }
    }

    // ---- AttributeChange / ValueChange

    public static AttributeChange toScript(io.openecma.schemas.ecma.AttributeChange model, AttributeType dataType) {
        List<ValueChange> values = new ArrayList<>();
        for (io.openecma.schemas.ecma.ValueChange v : model.valueChanges()) {
            Object value = toScriptValue(v.value(), dataType);
            values.add(v.modificationType() == io.openecma.schemas.ecma.ValueModificationType.Delete
                    ? ValueChange.CreateValueDelete(value) : ValueChange.CreateValueAdd(value));
        }
        return new AttributeChange(model.name(), model.modificationType(), values, dataType);
    }

    public static io.openecma.schemas.ecma.AttributeChange toModel(AttributeChange change) {
        List<io.openecma.schemas.ecma.ValueChange> values = new ArrayList<>();
        for (Object o : change.getValueChanges()) {
            ValueChange v = expect(o, ValueChange.class, "AttributeChange '" + change.getName() + "'.ValueChanges");
            values.add(new io.openecma.schemas.ecma.ValueChange(toModelValue(change.getName(), v.getValue()),
                    v.getModificationType()));
        }
        return new io.openecma.schemas.ecma.AttributeChange(change.getName(), change.getModificationType(), values);
    }

    // ---- export results

    public static io.openecma.schemas.ecma.CSEntryChangeResult toModel(CSEntryChangeResult result) {
        List<io.openecma.schemas.ecma.AttributeChange> changes = new ArrayList<>();
        for (AttributeChange c : result.getAnchorAttributes()) {
            changes.add(toModel(c));
        }
        return new io.openecma.schemas.ecma.CSEntryChangeResult(result.getIdentifier(), changes, result.getErrorCode(),
                result.getErrorName(), result.getErrorDetail());
    }

    public static CSEntryChangeResult toScript(io.openecma.schemas.ecma.CSEntryChangeResult model) {
        List<AttributeChange> changes = new ArrayList<>();
        for (io.openecma.schemas.ecma.AttributeChange c : model.attributeChanges()) {
            changes.add(toScript(c, null));
        }
        return CSEntryChangeResult.Create(model.identifier(), changes, model.errorCode(), model.errorName(),
                model.errorDetail());
    }

    // ---- run steps

    public static OpenImportConnectionRunStep toScript(OpenImportRunStep step, Partition partition) {
        return new OpenImportConnectionRunStep(partition, step.importType(), step.pageSize(), step.customData());
    }

    public static ImportRunStep toScript(io.openecma.schemas.ecma.ImportRunStep step) {
        return new ImportRunStep(step == null ? null : step.customData());
    }

    public static io.openecma.schemas.ecma.ImportRunStep toModel(ImportRunStep step) {
        return new io.openecma.schemas.ecma.ImportRunStep(step.getCustomData());
    }

    public static OpenExportConnectionRunStep toScript(OpenExportRunStep step, Partition partition) {
        return new OpenExportConnectionRunStep(partition, step.batchSize(), step.exportType());
    }

    public static CloseImportConnectionRunStep toScriptImportClose(CloseRunStep step) {
        return new CloseImportConnectionRunStep(step.reason(), step.customData());
    }

    public static CloseExportConnectionRunStep toScriptExportClose(CloseRunStep step) {
        return new CloseExportConnectionRunStep(step.reason());
    }

    // ---- values

    /** A data-model value as a script sees it: base64 becomes [byte[]] for Binary attributes. */
    public static Object toScriptValue(Object value, AttributeType dataType) {
        if (dataType == AttributeType.Binary && value instanceof String s) {
            return Ecma2Values.boxed(Base64.getDecoder().decode(s));
        }
        return value;
    }

    /** A script value in the data model's form; anything it cannot hold is an error naming the attribute. */
    public static Object toModelValue(String attribute, Object value) {
        Object v = Ecma2Values.binary(Ecma2Values.unwrap(value));
        if (v instanceof Character c) {
            v = c.toString();
        }
        if (v instanceof java.util.UUID uuid) {
            v = uuid.toString();
        }
        try {
            return AttributeValues.normalize(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The value of attribute '" + attribute + "' is " + Ecma2Values.describe(v)
                    + "; ECMA2 attribute values are strings, integers, booleans or byte arrays.", e);
        }
    }

    private static AttributeType typeOf(io.openecma.schemas.ecma.Schema schema, String objectType, String attribute) {
        if (schema == null) {
            return null;
        }
        return schema.types().stream()
                .filter(t -> objectType == null || t.name().equalsIgnoreCase(objectType))
                .flatMap(t -> t.attribute(attribute).stream())
                .map(io.openecma.schemas.ecma.SchemaAttribute::dataType)
                .findFirst().orElse(null);
    }

    /** The item as the expected ECMA2 type, or an error saying where a script put something else. */
    public static <T> T expect(Object item, Class<T> type, String where) {
        Object v = Ecma2Values.unwrap(item);
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException(where + " holds " + Ecma2Values.describe(v) + " where a "
                    + Ecma2Types.NAMESPACE + "." + type.getSimpleName() + " belongs.");
        }
        return type.cast(v);
    }

}
