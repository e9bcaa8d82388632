package io.openecma.schemas.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The messages on a connector's imports topic. They share the topic so a connector's imports and
 * schema refreshes run in order; the JSON property {@code type} says which one a message is.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ImportRequest.class, name = "ImportRequest"),
        @JsonSubTypes.Type(value = SchemaRequest.class, name = "SchemaRequest")
})
public sealed interface WorkerRequest extends Message permits ImportRequest, SchemaRequest {

    String connector();
}
