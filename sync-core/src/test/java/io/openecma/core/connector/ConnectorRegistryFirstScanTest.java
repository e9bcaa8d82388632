package io.openecma.core.connector;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consumers must not see a change before the catalog's first scan (SoakTest saw 404s after a restart). */
class ConnectorRegistryFirstScanTest {

    @Test
    void consumersWaitForTheFirstScan() throws Exception {
        ConnectorRegistry registry = new ConnectorRegistry();
        CompletableFuture<Void> consumer = CompletableFuture.runAsync(registry::awaitFirstScan);

        assertThrows(TimeoutException.class, () -> consumer.get(200, TimeUnit.MILLISECONDS));
        assertFalse(consumer.isDone());

        registry.firstScanDone();
        consumer.get(10, TimeUnit.SECONDS);
        assertTrue(consumer.isDone());
    }
}
