package io.openecma.ingress.api;

import io.openecma.ingress.scim.ScimException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure leaves as a SCIM error body: the service's own {@link ScimException}s, the
 * framework's 404/405/406/415 and anything unexpected (500 without a stack trace; the trace goes
 * to the log with an id the body names). A closed client connection is logged at DEBUG
 * ({@link Disconnects}).
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response scim(ScimException e) {
        return ScimResponses.error(e);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return ScimResponses.error(404, null, "no such resource or endpoint");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response response = ScimResponses.error(405, null, "this method is not supported on this endpoint");
        return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return ScimResponses.error(415, null, "send the body as application/scim+json or application/json");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 400 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return ScimResponses.error(status, status == 400 ? "invalidValue" : null,
                e.getMessage() == null ? "the request cannot be served" : e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (Disconnects.isDisconnect(e)) {
            LOG.debugf("client connection closed before the request was served: %s", e.toString());
            return ScimResponses.error(400, null, "the connection was closed before the request was read");
        }
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s", id);
        return ScimResponses.error(500, null, "internal error " + id + " (see the service log)");
    }
}
