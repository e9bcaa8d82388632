package io.openecma.schemas.ecma;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A change to one attribute (Microsoft.MetadirectoryServices.AttributeChange). Add and Replace carry
 * Add value changes, Update carries Add and Delete value changes, Delete carries none.
 */
public record AttributeChange(String name, AttributeModificationType modificationType, List<ValueChange> valueChanges) {

    public AttributeChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modificationType, "modificationType");
        valueChanges = valueChanges == null ? List.of() : List.copyOf(valueChanges);
    }

    public static AttributeChange add(String name, Object... values) {
        return new AttributeChange(name, AttributeModificationType.Add, addAll(values));
    }

    public static AttributeChange replace(String name, Object... values) {
        return new AttributeChange(name, AttributeModificationType.Replace, addAll(values));
    }

    public static AttributeChange update(String name, List<ValueChange> valueChanges) {
        return new AttributeChange(name, AttributeModificationType.Update, valueChanges);
    }

    public static AttributeChange delete(String name) {
        return new AttributeChange(name, AttributeModificationType.Delete, List.of());
    }

    /** The values this change adds, in order (the whole new value set for Add and Replace). */
    public List<Object> addedValues() {
        return valuesOf(ValueModificationType.Add);
    }

    /** The values this change removes (Update only). */
    public List<Object> deletedValues() {
        return valuesOf(ValueModificationType.Delete);
    }

    private List<Object> valuesOf(ValueModificationType type) {
        return valueChanges.stream().filter(v -> v.modificationType() == type).map(ValueChange::value).toList();
    }

    private static List<ValueChange> addAll(Object... values) {
        return Arrays.stream(values).map(ValueChange::add).toList();
    }
}
