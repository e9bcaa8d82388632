package io.openecma.core.benchmark;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A connectors folder with only the sample connector, named "bench", for {@link SyncCoreBenchmark},
 * and a deletion threshold that lets its full import remove the seeded objects it does not return.
 */
public class BenchConnector implements QuarkusTestResourceLifecycleManager {

    static final String BENCH = "bench";

    @Override
    public Map<String, String> start() {
        try {
            Path folder = Files.createTempDirectory("openecma-bench");
            Path source = Path.of("../examples/connectors/csv");
            Path target = folder.resolve(BENCH);
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
            Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^name: .*$", "name: " + BENCH)
                    .replaceFirst("(?m)^  import: .*$", "  import: 5000"));
            // the import into the large space deletes the 90% it does not return (see SyncCoreBenchmark)
            return Map.of("openecma.connectors-dir", folder.toString(), "openecma.import.delete-threshold-percent", "95");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
