package io.openecma.core.console;

import io.openecma.core.admin.OidcAccess;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

import java.net.URI;

/** Signing in to the console with the admin token (or choosing the identity provider, see ConsoleOidcSignIn), and out again. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleLogin {

    private static final Logger LOG = Logger.getLogger(ConsoleLogin.class);

    @CheckedTemplate(basePath = "console")
    static class Templates {
        /** {@code oidcProvider}: the name on the "Sign in with" button; null without OIDC sign-in. */
        static native TemplateInstance login(String error, boolean tokenEnabled, String oidcProvider);

        static native TemplateInstance signedIn(String who);
    }

    @Inject
    ConsoleSessions sessions;
    @Inject
    OidcAccess oidc;

    @GET
    @Path("/login")
    public TemplateInstance form() {
        return Templates.login(null, sessions.tokenConfigured(), oidcProvider());
    }

    @POST
    @Path("/login")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("token") String token) {
        return sessions.signIn(token)
                .map(id -> Response.seeOther(URI.create("/console/connectors")).cookie(cookie(id, -1)).build())
                .orElseGet(() -> {
                    LOG.warn("console sign-in refused: wrong admin token");
                    return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.TEXT_HTML)
                            .entity(Templates.login(sessions.tokenConfigured() ? "That is not the admin token."
                                    : "Sign-in with the admin token is off: OPENECMA_ADMIN_TOKEN is not set.",
                                    sessions.tokenConfigured(), oidcProvider()))
                            .build();
                });
    }

    @POST
    @Path("/logout")
    public Response signOut(@CookieParam(ConsoleSessions.COOKIE) String session) {
        sessions.signOut(session);
        return Response.seeOther(URI.create("/console/login")).cookie(cookie("", 0)).build();
    }

    private String oidcProvider() {
        return oidc.enabled() ? oidc.providerName() : null;
    }

    static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(ConsoleSessions.COOKIE).value(value).path("/console").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
