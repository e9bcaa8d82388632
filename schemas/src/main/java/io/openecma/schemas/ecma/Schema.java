package io.openecma.schemas.ecma;

import java.util.List;
import java.util.Optional;

/** The object types a connector offers, as its Schema script returns them (Microsoft.MetadirectoryServices.Schema). */
public record Schema(List<SchemaType> types) {

    public Schema {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** The named type, matched case-insensitively. */
    public Optional<SchemaType> type(String name) {
        return types.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
