package io.openecma.runtime;

import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ConnectorDefinitionLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/** Copies of the repository's sample connectors in a test's temp folder, so tests never touch the originals. */
final class SampleConnectors {

    static final SecretBox SECRETS = new SecretBox("test", new byte[32]);

    private SampleConnectors() {
    }

    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/connectors/csv"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("examples/connectors/csv not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** The CSV sample connector copied to {@code target/csv}. */
    static Path copyCsv(Path target) {
        return copy("csv", target);
    }

    /** A sample connector of examples/connectors copied to {@code target/<name>}. */
    static Path copy(String name, Path target) {
        Path source = repositoryRoot().resolve("examples/connectors").resolve(name);
        Path dest = target.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path d = dest.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(f, d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dest;
    }

    /** Appends YAML to the copied connector.yaml (extra parameters, a credential). */
    static void appendYaml(Path connector, String yaml) {
        try {
            Files.writeString(connector.resolve("connector.yaml"), "\n" + yaml, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces (or adds) a script file of the copied connector. */
    static void writeScript(Path connector, String file, String text) {
        try {
            Files.writeString(connector.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConnectorDefinition load(Path connector) {
        return ConnectorDefinitionLoader.load(connector);
    }
}
