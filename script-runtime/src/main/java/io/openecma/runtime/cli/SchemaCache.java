package io.openecma.runtime.cli;

import io.openecma.runtime.ScriptRuntime;
import io.openecma.schemas.ecma.Schema;
import io.openecma.schemas.events.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The schema of the last successful Schema script run, kept in the connector's base folder (outside
 * the folders scripts reach), as ECMA2Host keeps the schema it discovered: import and export use it
 * without running the Schema script, which may need a target that is not reachable right now.
 */
final class SchemaCache {

    static final String FILE = "schema.json";

    private final Path file;
    private final String objectType;
    private final PrintStream err;

    /** @param objectType the connector's object type: a schema without it is printed but not kept */
    SchemaCache(Path base, String objectType, PrintStream err) {
        this.file = base.resolve(FILE);
        this.objectType = objectType;
        this.err = err;
    }

    /** Runs the Schema script and keeps what it returned. */
    Schema refresh(ScriptRuntime runtime) {
        Schema schema = runtime.schema();
        if (schema.type(objectType).isEmpty()) {
            err.println("[schema] not kept: the Schema script returned no type '" + objectType + "' (the connector's"
                    + " objectType)" + (Files.isRegularFile(file) ? "; the schema kept before stays" : ""));
            return schema;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Json.write(schema));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the schema in " + file + ": " + e.getMessage(), e);
        }
        return schema;
    }

    /** The kept schema; the Schema script runs only when none is kept yet or {@code refresh} asks for it. */
    Schema get(ScriptRuntime runtime, boolean refresh) {
        if (refresh || !Files.isRegularFile(file)) {
            return refresh(runtime);
        }
        try {
            Schema schema = Json.read(Files.readString(file), Schema.class);
            err.println("[schema] using the schema kept from the Schema script run of "
                    + Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis())
                    + " (" + file + "); --refresh-schema runs the Schema script again");
            return schema;
        } catch (IOException | RuntimeException e) {
            err.println("[schema] the kept schema " + file + " cannot be read (" + e.getMessage()
                    + "); running the Schema script");
            return refresh(runtime);
        }
    }
}
