package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.Schema: what the Schema script returns and Import/Export get as $Types. */
public final class Schema {

    private final KeyedCollection<SchemaType> types = new KeyedCollection<>(SchemaType::getName);

    public static Schema Create() {
        return new Schema();
    }

    public KeyedCollection<SchemaType> getTypes() {
        return types;
    }

    @Override
    public String toString() {
        return "Microsoft.MetadirectoryServices.Schema";
    }
}
