package io.openecma.core.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A connectors folder for the application under test: the sample CSV connector copied under the
 * names {@value #HR} and {@value #CRM}, in a temporary folder (sync-core only reads definitions; no script runs here).
 */
public class TestConnectors implements QuarkusTestResourceLifecycleManager {

    public static final String HR = "hr";
    /** Used only by the import tests, whose full imports remove what they do not return. */
    public static final String CRM = "crm";
    private Path folder;

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("openecma-connectors");
            copySample(folder, HR);
            copySample(folder, CRM);
            return Map.of("openecma.connectors-dir", folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the sample CSV connector into {@code folder}, as the connector {@code name}; returns its folder. */
    public static Path copySample(Path folder, String name) throws IOException {
        Path source = Path.of("../examples/connectors/csv");
        Path target = folder.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        Path yaml = target.resolve("connector.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^name: .*$", "name: " + name));
        return target;
    }

    @Override
    public void stop() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; nothing to lose
        }
    }
}
