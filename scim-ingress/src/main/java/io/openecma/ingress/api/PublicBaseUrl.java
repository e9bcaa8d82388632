package io.openecma.ingress.api;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Optional;

/**
 * The server root that {@code meta.location} and {@code Location} are built on. With
 * {@code openecma.scim.public-base-url} set, always that URL: the Host header a client sends never
 * reaches a response. Without it, the root the request was addressed to (the behaviour before the
 * setting existed), so an installation that has not set it keeps working; a warning at start says so.
 */
@ApplicationScoped
public class PublicBaseUrl {

    private static final Logger LOG = Logger.getLogger(PublicBaseUrl.class);

    private final Optional<String> configured;

    public PublicBaseUrl(@ConfigProperty(name = "openecma.scim.public-base-url") Optional<String> configured) {
        this.configured = configured.map(String::trim).filter(s -> !s.isEmpty()).map(PublicBaseUrl::validated);
    }

    void announce(@Observes StartupEvent event) {
        if (configured.isPresent()) {
            LOG.infof("meta.location is built on %s", configured.get());
        } else {
            LOG.warn("openecma.scim.public-base-url is not set: meta.location is built from each request's Host"
                    + " header; set it to the URL clients use (e.g. https://scim.example.com)");
        }
    }

    /** The server root ending in "/", for a request that arrived as {@code uri}. */
    public String serverRoot(UriInfo uri) {
        String root = configured.orElseGet(() -> uri.getBaseUri().toString());
        return root.endsWith("/") ? root : root + "/";
    }

    private static String validated(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("openecma.scim.public-base-url is not a URL: " + url, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("openecma.scim.public-base-url must be an absolute http(s) URL"
                    + " without query or fragment, not " + url);
        }
        return url;
    }
}
