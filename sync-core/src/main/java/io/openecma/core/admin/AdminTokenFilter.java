package io.openecma.core.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Guards /admin with its own bearer token (OPENECMA_ADMIN_TOKEN). Without a configured token the
 * admin API refuses every call rather than being open.
 */
public class AdminTokenFilter {

    @ConfigProperty(name = "openecma.admin.token")
    Optional<String> token;

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/admin")) {
            return Optional.empty();
        }
        String expected = token.filter(t -> !t.isBlank()).orElse(null);
        if (expected == null) {
            return Optional.of(error(Response.Status.UNAUTHORIZED, "the admin API is disabled: set OPENECMA_ADMIN_TOKEN"));
        }
        String header = request.getHeaderString("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(error(Response.Status.UNAUTHORIZED, "missing or wrong admin bearer token"));
        }
        return Optional.empty();
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message))
                .header("WWW-Authenticate", "Bearer").build();
    }
}
