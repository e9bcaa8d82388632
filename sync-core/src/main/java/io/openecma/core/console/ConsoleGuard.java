package io.openecma.core.console;

import io.openecma.core.admin.OidcAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.Optional;

/**
 * Every /console page needs a signed-in session, except the sign-in pages and the static assets.
 * A page request without one is sent to the sign-in page; any other request gets 401. A POST
 * from another origin is refused (the cookie is SameSite=Strict as well).
 */
public class ConsoleGuard {

    /** Guarded by Quarkus OIDC itself (the provider's sign-in), see ConsoleOidcSignIn. */
    static final String OIDC_SIGN_IN = "/console/oidc/login";

    @Inject
    ConsoleSessions sessions;
    @Inject
    OidcAccess oidc;

    /** Without OIDC the provider's sign-in does not exist; answered before Quarkus security would ask for a sign-in. */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> oidcOff(ContainerRequestContext request) {
        if (!oidc.enabled() && OIDC_SIGN_IN.equals(request.getUriInfo().getPath())) {
            return Optional.of(Response.status(Response.Status.NOT_FOUND).entity("sign-in with an identity provider is not configured").build());
        }
        return Optional.empty();
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/console") || path.equals("/console/login") || path.equals(OIDC_SIGN_IN)) {
            return Optional.empty();
        }
        if (!"GET".equals(request.getMethod()) && !sameOrigin(request)) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN).entity("cross-origin request refused").build());
        }
        Cookie cookie = request.getCookies().get(ConsoleSessions.COOKIE);
        if (cookie != null && sessions.valid(cookie.getValue())) {
            return Optional.empty();
        }
        if ("GET".equals(request.getMethod())) {
            return Optional.of(Response.seeOther(URI.create("/console/login")).build());
        }
        return Optional.of(Response.status(Response.Status.UNAUTHORIZED).entity("sign in first").build());
    }

    /** Console answers are never cached and never framed; scripts and styles come only from here. */
    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/console")) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("X-Frame-Options", "DENY");
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
            response.getHeaders().putSingle("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
            // not no-referrer: with it a browser sends "Origin: null" on the console's own form posts
            response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        }
    }

    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true; // not a browser's cross-site request: browsers send Origin with every POST
        }
        String host = request.getHeaderString("Host");
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
