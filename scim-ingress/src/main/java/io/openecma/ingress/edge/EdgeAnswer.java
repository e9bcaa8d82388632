package io.openecma.ingress.edge;

import io.openecma.ingress.api.ScimJson;
import io.openecma.ingress.scim.ScimException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request with a SCIM error before the application sees it. When the request body has
 * not been read to its end, the connection is closed after the answer: reading (and discarding) a
 * body the client may send slowly or never is exactly what refusing early avoids.
 */
final class EdgeAnswer {

    private EdgeAnswer() {
    }

    static void error(RoutingContext ctx, ScimException e) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten() || response.closed()) {
            return;
        }
        // HTTP/2 multiplexes requests on one connection and has no Connection header: only the stream ends
        boolean close = !request.isEnded() && request.version() != HttpVersion.HTTP_2;
        response.setStatusCode(e.status()).putHeader(HttpHeaders.CONTENT_TYPE, "application/scim+json");
        if (e.retryAfterSeconds() != null) {
            response.putHeader("Retry-After", e.retryAfterSeconds().toString());
        }
        if (e.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(Buffer.buffer(ScimJson.write(e.toError()))).onComplete(done -> {
            if (close) {
                request.connection().close();
            }
        });
    }
}
