package io.openecma.ingress.api;

import io.openecma.ingress.scim.ScimError;
import io.openecma.ingress.scim.ScimException;
import jakarta.ws.rs.core.Response;

/** Builds responses with a SCIM JSON body and the SCIM media type. */
public final class ScimResponses {

    public static final String SCIM_JSON = "application/scim+json";

    private ScimResponses() {
    }

    public static Response ok(Object body) {
        return status(200, body);
    }

    public static Response status(int status, Object body) {
        return Response.status(status).type(SCIM_JSON).entity(ScimJson.write(body)).build();
    }

    public static Response error(ScimException e) {
        Response.ResponseBuilder builder = Response.status(e.status()).type(SCIM_JSON)
                .entity(ScimJson.write(e.toError()));
        if (e.retryAfterSeconds() != null) {
            builder.header("Retry-After", e.retryAfterSeconds());
        }
        if (e.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    public static Response error(int status, String scimType, String detail) {
        return Response.status(status).type(SCIM_JSON).entity(ScimJson.write(ScimError.of(status, scimType, detail)))
                .build();
    }
}
