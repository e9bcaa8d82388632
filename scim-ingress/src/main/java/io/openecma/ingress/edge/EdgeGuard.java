package io.openecma.ingress.edge;

import io.openecma.ingress.auth.TokenVerifier;
import io.openecma.ingress.kafka.ConnectorRegistry;
import io.openecma.ingress.mapping.ConnectorModel;
import io.openecma.ingress.scim.ScimException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * The first handler of every request, on the event loop, before any body is read: refuses request
 * targets {@link RequestTarget} rejects and requests without Host, authenticates SCIM requests on
 * their headers (unknown connector 404, no or wrong token 401, closing the connection when a body
 * was announced), and gives an authenticated body {@code openecma.scim.body-timeout} to arrive
 * (else 408). The SCIM endpoints check the token again; for a token verified here that is a cheap
 * compare.
 */
@ApplicationScoped
public class EdgeGuard {

    private static final Logger LOG = Logger.getLogger(EdgeGuard.class);
    /** Set by {@link BodyReadMarker} once the REST layer has read the body. */
    static final String BODY_READ = "openecma.body-read";

    /** Before Quarkus's own handlers and the REST layer (which reads the body). */
    private static final int ORDER = -10_000;

    @Inject
    ConnectorRegistry registry;
    @Inject
    TokenVerifier tokens;

    @ConfigProperty(name = "openecma.scim.body-timeout", defaultValue = "10s")
    Duration bodyTimeout;
    @ConfigProperty(name = "openecma.scim.max-unauthenticated", defaultValue = "32")
    int maxUnauthenticated;

    private AuthenticationGate gate;

    void install(@Observes Router router) {
        gate = new AuthenticationGate(maxUnauthenticated);
        router.route().order(ORDER).handler(this::handle);
        router.route().order(ORDER).failureHandler(this::failed);
    }

    /**
     * Requests Vert.x refuses before any handler runs (no Host header, a path it cannot decode) fail
     * with a 4xx; they get a SCIM body here instead of the framework's error page.
     */
    void failed(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            // answered already (e.g. the 408 of a body that did not arrive): the failure is the REST
            // layer finding the request gone; nothing is left to say, and nothing is wrong with the service
            LOG.debugf("%s %s failed after its answer: %s", ctx.request().method(), ctx.request().path(),
                    String.valueOf(ctx.failure()));
            if (!ctx.response().ended()) {
                ctx.request().connection().close();
            }
            return;
        }
        int status = ctx.statusCode();
        if (status < 400 || status >= 500) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        ScimException refused = RequestTarget.problem(request.uri());
        if (refused == null) {
            refused = new ScimException(status, null, request.host() == null
                    ? "the request has no Host header" : "the request cannot be read (HTTP " + status + ")");
        }
        EdgeAnswer.error(ctx, refused);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ScimException refused = RequestTarget.problem(request.uri());
        // host() is the Host header in HTTP/1.x and the :authority of HTTP/2 (e.g. after an h2c upgrade)
        if (refused == null && request.host() == null) {
            refused = new ScimException(400, null, "the request has no Host header");
        }
        if (refused != null) {
            EdgeAnswer.error(ctx, refused);
            return;
        }
        String connectorName = ScimRoute.connector(request.path());
        if (connectorName == null || !registry.loaded()) {
            ctx.next(); // not a SCIM path, or the endpoint answers 503 while connectors load
            return;
        }
        Optional<ConnectorModel> connector = registry.find(connectorName);
        if (connector.isEmpty()) {
            EdgeAnswer.error(ctx, ScimException.notFound("there is no connector named '" + connectorName
                    + "' (names are case-sensitive)"));
            return;
        }
        authenticate(ctx, connector.get(), request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    private void authenticate(RoutingContext ctx, ConnectorModel connector, String authorization) {
        ScimException missing = tokens.missing(authorization);
        if (missing != null) {
            EdgeAnswer.error(ctx, missing);
            return;
        }
        if (tokens.remembered(connector, authorization)) {
            admitted(ctx);
            return;
        }
        if (!gate.tryEnter()) {
            EdgeAnswer.error(ctx, new ScimException(429, null, "too many requests are waiting for their token to be"
                    + " verified; retry shortly", 1));
            return;
        }
        // PBKDF2 is deliberately slow: off the event loop; the request stays paused meanwhile
        ctx.vertx().<ScimException>executeBlocking(() -> {
            try {
                tokens.check(connector, authorization);
                return null;
            } catch (ScimException e) {
                return e;
            }
        }, false).onComplete(verdict -> {
            gate.leave();
            if (verdict.failed()) {
                ctx.fail(verdict.cause());
            } else if (verdict.result() != null) {
                EdgeAnswer.error(ctx, verdict.result());
            } else {
                admitted(ctx);
            }
        });
    }

    /** Authenticated: the body (if any) must now arrive within the deadline. */
    private void admitted(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!request.isEnded() && hasBody(request)) {
            long timer = ctx.vertx().setTimer(bodyTimeout.toMillis(), id -> {
                if (!bodyArrived(ctx)) {
                    EdgeAnswer.error(ctx, new ScimException(408, null, "the request body did not arrive within "
                            + bodyTimeout.toSeconds() + " s"));
                }
            });
            ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
        }
        ctx.next();
    }

    /**
     * Whether the body is in: isEnded() alone is not enough, it stays false while the REST layer keeps
     * the request paused (e.g. while a write waits for its outcome).
     */
    private static boolean bodyArrived(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || Boolean.TRUE.equals(ctx.get(BODY_READ))) {
            return true;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length != null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null
                    && request.bytesRead() >= Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || (length != null && !length.trim().equals("0"));
    }
}
