package io.openecma.ingress.api;

import io.openecma.ingress.scim.ScimException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over {@code openecma.scim.max-body-bytes} with a SCIM 413 before reading them,
 * when the client declares their length; bodies sent chunked are checked after reading
 * ({@link ScimEndpoints}). The HTTP layer's own hard limit (quarkus.http.limits.max-body-size) sits
 * well above this one.
 */
public class BodyLimitFilter {

    @ConfigProperty(name = "openecma.scim.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @ServerRequestFilter(preMatching = true)
    public void checkLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes) {
                    throw tooLarge(maxBodyBytes);
                }
            } catch (NumberFormatException e) {
                throw ScimException.invalidSyntax("Content-Length is not a number");
            }
        }
    }

    static ScimException tooLarge(long max) {
        return new ScimException(413, null, "the request body is larger than " + max + " bytes");
    }
}
