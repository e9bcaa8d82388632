package io.openecma.core.console;

import io.openecma.core.admin.OidcAccess;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * Signing in to the console at the company identity provider (only when OIDC is configured, see
 * {@link OidcAccess}). Quarkus OIDC runs the authorization-code flow for this one page; once the
 * provider sent the browser back, a permitted user gets a console session like an admin-token
 * sign-in, and Quarkus's own session cookie is dropped, so the console session is the only one
 * (its idle timeout and Sign out apply alike).
 */
@Path("/console/oidc")
@Produces(MediaType.TEXT_HTML)
public class ConsoleOidcSignIn {

    private static final Logger LOG = Logger.getLogger(ConsoleOidcSignIn.class);

    @Inject
    SecurityIdentity identity;
    @Inject
    OidcSession oidcSession;
    @Inject
    ConsoleSessions sessions;
    @Inject
    OidcAccess access;

    @GET
    @Path("/login")
    @Authenticated
    public Uni<Response> signIn() {
        Response answer = access.consoleRefusal(identity).map(reason -> {
            LOG.warnf("console sign-in at %s refused: %s", access.providerName(), reason);
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML)
                    .entity(ConsoleLogin.Templates.login("Signed in at " + access.providerName() + ", but " + reason
                            + ": the console is not open to this account.", sessions.tokenConfigured(), access.providerName()))
                    .build();
        }).orElseGet(() -> {
            String who = OidcAccess.who(identity);
            LOG.infof("console sign-in at %s: %s", access.providerName(), who);
            // A page, not a redirect: the browser arrives here from the provider's site, and a
            // SameSite=Strict cookie set in a cross-site redirect chain is not sent on its next hop.
            return Response.ok(ConsoleLogin.Templates.signedIn(who)).cookie(ConsoleLogin.cookie(sessions.open(), -1)).build();
        });
        return oidcSession.logout().replaceWith(answer);
    }
}
