package io.openecma.core.console;

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

/** Signing in to the console with the admin token, and out again. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleLogin {

    private static final Logger LOG = Logger.getLogger(ConsoleLogin.class);

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance login(String error, boolean enabled);
    }

    @Inject
    ConsoleSessions sessions;

    @GET
    @Path("/login")
    public TemplateInstance form() {
        return Templates.login(null, sessions.tokenConfigured());
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
                                    : "The console is closed: OPENECMA_ADMIN_TOKEN is not set.", sessions.tokenConfigured()))
                            .build();
                });
    }

    @POST
    @Path("/logout")
    public Response signOut(@CookieParam(ConsoleSessions.COOKIE) String session) {
        sessions.signOut(session);
        return Response.seeOther(URI.create("/console/login")).cookie(cookie("", 0)).build();
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(ConsoleSessions.COOKIE).value(value).path("/console").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
