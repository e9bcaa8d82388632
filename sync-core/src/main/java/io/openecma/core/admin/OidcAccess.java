package io.openecma.core.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who, signed in at the company identity provider (Quarkus OIDC's default tenant), may use the
 * console and the admin API: anyone the provider authenticated for this client, or only those with
 * {@code openecma.oidc.required-role} among their roles (the claim Quarkus reads roles from:
 * {@code quarkus.oidc.roles.role-claim-path}). The admin API takes the provider's access tokens only
 * when {@code openecma.oidc.api-audience} names the audience they must carry.
 */
@ApplicationScoped
public class OidcAccess {

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "openecma.oidc.provider-name", defaultValue = "your identity provider")
    String providerName;

    @ConfigProperty(name = "openecma.oidc.required-role")
    Optional<String> requiredRole;

    @ConfigProperty(name = "openecma.oidc.api-audience")
    Optional<String> apiAudience;

    public boolean enabled() {
        return enabled;
    }

    public String providerName() {
        return providerName;
    }

    /** Whether the admin API accepts the provider's access tokens (OIDC on and an audience to check). */
    public boolean acceptsBearerTokens() {
        return enabled && apiAudience.filter(a -> !a.isBlank()).isPresent();
    }

    /** Why this signed-in identity may not use the console; empty when it may. */
    public Optional<String> consoleRefusal(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.of("not signed in at " + providerName);
        }
        return missingRole(identity);
    }

    /** Why this bearer-token identity may not use the admin API; empty when it may. */
    public Optional<String> apiRefusal(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.of("not a token of " + providerName);
        }
        String audience = apiAudience.orElse("");
        if (token.getAudience() == null || !token.getAudience().contains(audience)) {
            return Optional.of("the token is not meant for this API (audience " + audience + ")");
        }
        return missingRole(identity);
    }

    /** The name to log and show for a signed-in identity. */
    public static String who(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String name = token.getClaim("preferred_username");
            if (name != null) {
                return name;
            }
        }
        return identity.getPrincipal().getName();
    }

    private Optional<String> missingRole(SecurityIdentity identity) {
        String role = requiredRole.filter(r -> !r.isBlank()).orElse(null);
        if (role != null && !identity.hasRole(role)) {
            return Optional.of(who(identity) + " does not have the role " + role);
        }
        return Optional.empty();
    }
}
