package io.openecma.core.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A component test that plays the other services over Kafka: one {@link WorkerSide}, opened
 * before the class's first test (once the application under test runs) and closed after its last.
 */
public abstract class WithWorkerSide {

    protected static WorkerSide worker;

    @BeforeAll
    static void openWorkerSide() {
        worker = new WorkerSide();
    }

    @AfterAll
    static void closeWorkerSide() {
        worker.close();
    }
}
