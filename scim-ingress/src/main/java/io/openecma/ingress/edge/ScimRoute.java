package io.openecma.ingress.edge;

/**
 * The connector a request path addresses, for the two mounts of the SCIM endpoints
 * ({@code /ecma2host_<c>/scim/...} and {@code /scim/v2/<c>/...}); null for any other path.
 */
final class ScimRoute {

    private static final String ECMA2HOST = "ecma2host_";

    private ScimRoute() {
    }

    /** The connector's name, percent-decoded, from a path RequestTarget accepted; or null. */
    static String connector(String path) {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        String[] segments = path.substring(1).split("/", -1);
        if (segments.length >= 2 && segments[0].startsWith(ECMA2HOST) && segments[1].equals("scim")
                && segments[0].length() > ECMA2HOST.length()) {
            return RequestTarget.decode(segments[0].substring(ECMA2HOST.length()));
        }
        if (segments.length >= 3 && segments[0].equals("scim") && segments[1].equals("v2") && !segments[2].isEmpty()) {
            return RequestTarget.decode(segments[2]);
        }
        return null;
    }
}
