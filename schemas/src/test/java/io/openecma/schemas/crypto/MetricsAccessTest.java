package io.openecma.schemas.crypto;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsAccessTest {

    @Test
    void withoutATokenMetricsStayOpen() {
        MetricsAccess open = new MetricsAccess(Optional.of("  "));
        assertFalse(open.protectedByToken());
        assertTrue(open.allows(null));
    }

    @Test
    void withATokenOnlyThatBearerTokenReadsThem() {
        MetricsAccess guarded = new MetricsAccess(Optional.of("scrape-me"));
        assertTrue(guarded.allows("Bearer scrape-me"));
        assertTrue(guarded.allows("bearer scrape-me "));
        assertFalse(guarded.allows(null));
        assertFalse(guarded.allows("Bearer scrape-m"));
        assertFalse(guarded.allows("Basic scrape-me"));
        assertFalse(guarded.allows("Bearer"));
    }

    @Test
    void theMetricsPathAndBelowAreGuarded() {
        assertTrue(MetricsAccess.isMetrics("/q/metrics"));
        assertTrue(MetricsAccess.isMetrics("/q/metrics/json"));
        assertFalse(MetricsAccess.isMetrics("/q/metricsx"));
        assertFalse(MetricsAccess.isMetrics("/q/health/live"));
    }
}
