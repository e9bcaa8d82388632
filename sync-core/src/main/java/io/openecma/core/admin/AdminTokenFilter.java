package io.openecma.core.admin;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Guards /admin with its own bearer token (OPENECMA_ADMIN_TOKEN), or, when {@link OidcAccess}
 * accepts them, with an access token of the company identity provider (verified by Quarkus OIDC).
 * Without a configured token and without OIDC bearer tokens the admin API refuses every call
 * rather than being open.
 */
public class AdminTokenFilter {

    private static final Logger LOG = Logger.getLogger(AdminTokenFilter.class);

    @ConfigProperty(name = "openecma.admin.token")
    Optional<String> token;

    @Inject
    OidcAccess oidc;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/admin")) {
            return Uni.createFrom().nullItem();
        }
        String expected = token.filter(t -> !t.isBlank()).orElse(null);
        if (expected == null && !oidc.acceptsBearerTokens()) {
            return refuse(Response.Status.UNAUTHORIZED, "the admin API is disabled: set OPENECMA_ADMIN_TOKEN");
        }
        String header = request.getHeaderString("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
        if (expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().nullItem();
        }
        if (given.isEmpty() || !oidc.acceptsBearerTokens()) {
            return refuse(Response.Status.UNAUTHORIZED, "missing or wrong admin bearer token");
        }
        // Not the admin token: let Quarkus OIDC verify it as the provider's access token.
        return identities.getDeferredIdentity()
                .map(identity -> oidc.apiRefusal(identity).map(reason -> {
                    LOG.warnf("admin API call refused: %s", reason);
                    return error(Response.Status.FORBIDDEN, reason);
                }).orElse(null))
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf("admin bearer token refused: %s", e.toString());
                    return error(Response.Status.UNAUTHORIZED, "missing or wrong admin bearer token");
                });
    }

    private static Uni<Response> refuse(Response.Status status, String message) {
        return Uni.createFrom().item(error(status, message));
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message))
                .header("WWW-Authenticate", "Bearer").build();
    }
}
