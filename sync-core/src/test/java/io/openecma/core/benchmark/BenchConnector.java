package io.openecma.core.benchmark;

import io.openecma.core.testing.TestConnectors;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
            Path target = TestConnectors.copySample(folder, BENCH);
            Path yaml = target.resolve("connector.yaml");
            Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^  import: .*$", "  import: 5000"));
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
