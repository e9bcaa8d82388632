package io.openecma.ingress.api;

import jakarta.ws.rs.Path;

/** ECMA2Host's own URL shape, {@code /ecma2host_<Connector>/scim/...}, so Entra needs only a new host name. */
@Path("/ecma2host_{connector}/scim")
public class Ecma2HostEndpoints extends ScimEndpoints {

    @Override
    protected String root(String connector) {
        return "ecma2host_" + connector + "/scim";
    }
}
