package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.AttributeModificationType;
import io.openecma.schemas.ecma.AttributeType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Microsoft.MetadirectoryServices.AttributeChange. The Add and Replace factories take one value or
 * a list of values (the .NET object and IList overloads in one method, so the engine's overload
 * resolution cannot pick the wrong one); a byte[] is one binary value.
 */
public final class AttributeChange {

    /** The attribute name ECMA2 uses for a rename (CreateNewDN). */
    public static final String DN_ATTRIBUTE = "<dn>";

    private final String name;
    private final AttributeModificationType modificationType;
    private final List<ValueChange> valueChanges;
    private AttributeType dataType;

    public AttributeChange(String name, AttributeModificationType modificationType, List<ValueChange> valueChanges,
                           AttributeType dataType) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("An attribute change needs an attribute name.");
        }
        this.name = name;
        this.modificationType = modificationType;
        this.valueChanges = new ArrayList<>(valueChanges);
        this.dataType = dataType != null ? dataType : inferType(valueChanges);
    }

    public static AttributeChange CreateAttributeAdd(String name, Object valueOrValues) {
        return new AttributeChange(name, AttributeModificationType.Add, adds(valueOrValues), null);
    }

    public static AttributeChange CreateAttributeReplace(String name, Object valueOrValues) {
        return new AttributeChange(name, AttributeModificationType.Replace, adds(valueOrValues), null);
    }

    public static AttributeChange CreateAttributeUpdate(String name, Object valueChanges) {
        List<ValueChange> changes = new ArrayList<>();
        for (Object o : Ecma2Values.valuesOf(valueChanges)) {
            Object item = Ecma2Values.unwrap(o);
            if (!(item instanceof ValueChange vc)) {
                throw new IllegalArgumentException("CreateAttributeUpdate takes ValueChange objects, not "
                        + Ecma2Values.describe(item) + ".");
            }
            changes.add(vc);
        }
        return new AttributeChange(name, AttributeModificationType.Update, changes, null);
    }

    public static AttributeChange CreateAttributeDelete(String name) {
        return new AttributeChange(name, AttributeModificationType.Delete, List.of(), null);
    }

    /** A rename: the new DN as the one value of the {@code <dn>} attribute. */
    public static AttributeChange CreateNewDN(String newDn) {
        return new AttributeChange(DN_ATTRIBUTE, AttributeModificationType.Replace,
                List.of(ValueChange.CreateValueAdd(newDn)), AttributeType.String);
    }

    public String getName() {
        return name;
    }

    public AttributeModificationType getModificationType() {
        return modificationType;
    }

    public List<ValueChange> getValueChanges() {
        return Collections.unmodifiableList(valueChanges);
    }

    public AttributeType getDataType() {
        return dataType;
    }

    /** Host side: the schema's type for an exported attribute. */
    void setDataType(AttributeType dataType) {
        this.dataType = dataType;
    }

    private static List<ValueChange> adds(Object valueOrValues) {
        List<ValueChange> changes = new ArrayList<>();
        for (Object value : Ecma2Values.valuesOf(valueOrValues)) {
            changes.add(ValueChange.CreateValueAdd(value));
        }
        return changes;
    }

    private static AttributeType inferType(List<ValueChange> changes) {
        if (changes.isEmpty()) {
            return AttributeType.Undefined;
        }
        Object v = changes.get(0).getValue();
        if (v instanceof Boolean) {
            return AttributeType.Boolean;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return AttributeType.Integer;
        }
        if (v instanceof byte[] || v instanceof Byte[]) {
            return AttributeType.Binary;
        }
        return AttributeType.String;
    }

    @Override
    public String toString() {
        return name;
    }
}
