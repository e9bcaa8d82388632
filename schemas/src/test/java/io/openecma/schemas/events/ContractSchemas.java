package io.openecma.schemas.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;

/** The module's JSON Schema files, loaded from the classpath by their $id. */
final class ContractSchemas {

    private static final String BASE = "https://openecma.io/json-schema/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:json-schema/")));

    private ContractSchemas() {
    }

    static List<Error> validate(String schemaFile, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + schemaFile));
        return schema.validate(json, InputFormat.JSON);
    }
}
