package io.openecma.schemas.ecma;

import java.util.Objects;

/** One attribute of a schema type (Microsoft.MetadirectoryServices.SchemaAttribute). */
public record SchemaAttribute(String name, AttributeType dataType, boolean multiValued, boolean anchor,
                              AttributeOperation allowedOperation) {

    public SchemaAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(allowedOperation, "allowedOperation");
    }

    public static SchemaAttribute anchor(String name, AttributeType dataType) {
        return new SchemaAttribute(name, dataType, false, true, AttributeOperation.ImportExport);
    }

    public static SchemaAttribute singleValued(String name, AttributeType dataType) {
        return new SchemaAttribute(name, dataType, false, false, AttributeOperation.ImportExport);
    }

    public static SchemaAttribute multiValued(String name, AttributeType dataType) {
        return new SchemaAttribute(name, dataType, true, false, AttributeOperation.ImportExport);
    }
}
