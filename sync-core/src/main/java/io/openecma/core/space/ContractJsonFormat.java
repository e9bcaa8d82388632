package io.openecma.core.space;

import io.openecma.schemas.events.Json;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * JSON columns (attributes, pending changes, stored outcomes, definitions, schemas) are written
 * with the contracts' own mapping, so what the database holds reads back exactly as the Kafka
 * messages do (whole numbers as Long, instants as ISO-8601), independent of REST settings.
 */
@JsonFormat
@PersistenceUnitExtension
public class ContractJsonFormat implements FormatMapper {

    private final FormatMapper delegate = new JacksonJsonFormatMapper(Json.mapper());

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }
}
