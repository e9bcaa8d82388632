package io.openecma.ingress.edge;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Marks the request once the REST layer has read its body, so that the body deadline of
 * {@link EdgeGuard} no longer applies while the request waits for its outcome (Vert.x's
 * {@code isEnded()} stays false while the REST layer keeps the request paused).
 */
@Provider
public class BodyReadMarker implements ReaderInterceptor {

    @Inject
    CurrentVertxRequest current;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        RoutingContext ctx = current.getCurrent();
        if (ctx != null) {
            ctx.put(EdgeGuard.BODY_READ, Boolean.TRUE);
        }
        return body;
    }
}
