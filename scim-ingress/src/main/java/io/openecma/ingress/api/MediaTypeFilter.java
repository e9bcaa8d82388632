package io.openecma.ingress.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers in {@code application/scim+json} unless the client accepts only {@code application/json}
 * (some generic clients do); applies to error bodies as well.
 */
public class MediaTypeFilter {

    @ServerResponseFilter
    public void negotiate(ContainerRequestContext request, ContainerResponseContext response) {
        Object type = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.toString().startsWith(ScimResponses.SCIM_JSON)) {
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("application/json") && !accept.contains("scim+json")
                && !accept.contains("*/*")) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, "application/json");
        }
    }
}
