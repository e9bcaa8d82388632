package io.openecma.core.space;

import io.openecma.schemas.ecma.AttributeType;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.ecma.SchemaAttribute;
import io.openecma.schemas.ecma.SchemaType;

import java.util.Optional;

/**
 * What the connector schema says about an object type's attributes: canonical spelling,
 * single or multi-valued, data type. Without a discovered schema every name is taken as given and
 * the shape is read from the values.
 */
public final class AttributeShapes {

    private final SchemaType type;

    private AttributeShapes(SchemaType type) {
        this.type = type;
    }

    public static AttributeShapes of(Schema schema, String objectType) {
        return new AttributeShapes(schema == null ? null : schema.type(objectType).orElse(null));
    }

    public static AttributeShapes unknown() {
        return new AttributeShapes(null);
    }

    /** The schema's spelling of the name, or the name itself when the schema does not know it. */
    public String canonical(String name) {
        return attribute(name).map(SchemaAttribute::name).orElse(name);
    }

    /** True, false, or empty when the schema does not know the attribute. */
    public Optional<Boolean> multiValued(String name) {
        return attribute(name).map(SchemaAttribute::multiValued);
    }

    public boolean isMultiValuedReference(String name) {
        return attribute(name).map(a -> a.multiValued() && a.dataType() == AttributeType.Reference).orElse(false);
    }

    /** True only when the schema knows the object type and it has no attribute of that name. */
    public boolean lacks(String name) {
        return type != null && type.attribute(name).isEmpty();
    }

    private Optional<SchemaAttribute> attribute(String name) {
        return type == null ? Optional.empty() : type.attribute(name);
    }
}
