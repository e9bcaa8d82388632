package io.openecma.schemas.crypto;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Requires {@code OPENECMA_METRICS_TOKEN} as a bearer token on /q/metrics when it is set
 * ({@link MetricsAccess}); without it the metrics stay open, as before. One bean for every service:
 * each indexes this jar ({@code quarkus.index-dependency.schemas} in its application.properties).
 */
@ApplicationScoped
public class MetricsGuard {

    private static final Logger LOG = Logger.getLogger(MetricsGuard.class);
    /** Before Quarkus' own handlers. */
    private static final int ORDER = -20_000;

    @ConfigProperty(name = "openecma.metrics.token")
    Optional<String> token;

    void install(@Observes Router router) {
        MetricsAccess access = new MetricsAccess(token);
        if (!access.protectedByToken()) {
            LOG.debug("/q/metrics is open (OPENECMA_METRICS_TOKEN not set)");
            return;
        }
        router.route().order(ORDER).handler(ctx -> guard(ctx, access));
    }

    private static void guard(RoutingContext ctx, MetricsAccess access) {
        if (!MetricsAccess.isMetrics(ctx.normalizedPath()) || access.allows(ctx.request().getHeader("Authorization"))) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", "text/plain").end("metrics need the metrics bearer token\n");
    }
}
