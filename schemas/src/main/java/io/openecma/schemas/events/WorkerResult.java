package io.openecma.schemas.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The messages on openecma.results; the JSON property {@code type} says which one a message is. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ExportResult.class, name = "ExportResult"),
        @JsonSubTypes.Type(value = ImportPage.class, name = "ImportPage"),
        @JsonSubTypes.Type(value = SchemaResult.class, name = "SchemaResult"),
        @JsonSubTypes.Type(value = PasswordResult.class, name = "PasswordResult")
})
public sealed interface WorkerResult extends Message permits ExportResult, ImportPage, SchemaResult, PasswordResult {

    String connector();
}
