package io.openecma.runtime.ecma2;

import io.openecma.schemas.ecma.AttributeOperation;
import io.openecma.schemas.ecma.AttributeType;

/**
 * Microsoft.MetadirectoryServices.SchemaAttribute, built by the Schema script through the
 * static factories (data type and operation may be given as strings; the engine binds them to
 * the enums).
 */
public final class SchemaAttribute {

    private final String name;
    private final AttributeType dataType;
    private final boolean multiValued;
    private final boolean anchor;
    private final AttributeOperation allowedAttributeOperation;

    public SchemaAttribute(String name, AttributeType dataType, boolean multiValued, boolean anchor,
                           AttributeOperation allowedAttributeOperation) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A schema attribute needs a name.");
        }
        this.name = name;
        this.dataType = dataType == null ? AttributeType.String : dataType;
        this.multiValued = multiValued;
        this.anchor = anchor;
        this.allowedAttributeOperation = allowedAttributeOperation == null
                ? AttributeOperation.ImportExport : allowedAttributeOperation;
    }

    public static SchemaAttribute CreateAnchorAttribute(String name, AttributeType dataType) {
        return new SchemaAttribute(name, dataType, false, true, AttributeOperation.ImportExport);
    }

    public static SchemaAttribute CreateAnchorAttribute(String name, AttributeType dataType, AttributeOperation operation) {
        return new SchemaAttribute(name, dataType, false, true, operation);
    }

    public static SchemaAttribute CreateSingleValuedAttribute(String name, AttributeType dataType) {
        return new SchemaAttribute(name, dataType, false, false, AttributeOperation.ImportExport);
    }

    public static SchemaAttribute CreateSingleValuedAttribute(String name, AttributeType dataType, AttributeOperation operation) {
        return new SchemaAttribute(name, dataType, false, false, operation);
    }

    public static SchemaAttribute CreateMultiValuedAttribute(String name, AttributeType dataType) {
        return new SchemaAttribute(name, dataType, true, false, AttributeOperation.ImportExport);
    }

    public static SchemaAttribute CreateMultiValuedAttribute(String name, AttributeType dataType, AttributeOperation operation) {
        return new SchemaAttribute(name, dataType, true, false, operation);
    }

    public String getName() {
        return name;
    }

    public AttributeType getDataType() {
        return dataType;
    }

    public boolean getIsMultiValued() {
        return multiValued;
    }

    public boolean getIsAnchor() {
        return anchor;
    }

    public AttributeOperation getAllowedAttributeOperation() {
        return allowedAttributeOperation;
    }

    @Override
    public String toString() {
        return name;
    }
}
