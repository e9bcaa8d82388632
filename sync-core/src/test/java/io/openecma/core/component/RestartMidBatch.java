package io.openecma.core.component;

import io.openecma.core.testing.TestConnectors;
import io.openecma.core.testing.WorkerSide;
import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.topics.Topics;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;


/**
 * sync-core stops while an export batch is with a worker and a newer change waits behind it, and
 * starts again on the same Kafka and PostgreSQL (two application lives: {@link RestartMidBatch1Test},
 * then {@link RestartMidBatch2Test}). Nothing is lost and nothing is exported twice: the result of the
 * batch sent before the restart is applied after it, its requests are answered, and the waiting
 * change becomes the next export.
 */
final class RestartMidBatch {

    static final String FIRST = "r1";
    static final String SECOND = "r2";

    /** The profiles only differ to make Quarkus start the application again; they sort in life order. */
    public static class FirstLife implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openecma.test.life", "first");
        }
    }

    public static class SecondLife implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("openecma.test.life", "second");
        }
    }

    static List<ExportBatch> batchesFor(WorkerSide worker, String anchor) {
        return worker.all(Topics.exports(TestConnectors.HR), ExportBatch.class,
                b -> b.items().stream().anyMatch(i -> i.anchor().equals(anchor)));
    }
}
