package io.openecma.ingress.api;

import jakarta.ws.rs.Path;

/** The same endpoints at {@code /scim/v2/<Connector>/...} for generic SCIM clients. */
@Path("/scim/v2/{connector}")
public class ScimV2Endpoints extends ScimEndpoints {

    @Override
    protected String root(String connector) {
        return "scim/v2/" + connector;
    }
}
