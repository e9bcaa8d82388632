package io.openecma.powershell.types;

import java.net.URI;

/** System.Uri. */
public final class UriValue {
    private final URI uri;
    private final String original;

    public UriValue(String text) {
        this.original = text;
        try {
            this.uri = new URI(text.replace(" ", "%20").replace("\"", "%22"));
        } catch (java.net.URISyntaxException e) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.UriFormatException", "Invalid URI: " + e.getReason());
        }
    }

    public URI uri() {
        return uri;
    }

    /** The canonical form: scheme and host in lower case, a default port left out, an empty path as "/". */
    public String getAbsoluteUri() {
        if (uri.getScheme() == null) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.InvalidOperationException",
                    "This operation is not supported for a relative URI.");
        }
        if (uri.getRawAuthority() == null) {
            return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + ":" + uri.getRawSchemeSpecificPart()
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        }
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + getAuthorityWithUserInfo() + getAbsolutePath()
                + getQuery() + getFragment();
    }

    private String getAuthorityWithUserInfo() {
        String info = getUserInfo();
        return (info.isEmpty() ? "" : info + "@") + getAuthority();
    }

    public String getHost() {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
    }

    public String getDnsSafeHost() {
        String h = getHost();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** Host, and the port when it is not the scheme's default. */
    public String getAuthority() {
        return getHost() + (getIsDefaultPort() ? "" : ":" + getPort());
    }

    public boolean getIsDefaultPort() {
        return uri.getPort() < 0 || uri.getPort() == defaultPort(uri.getScheme());
    }

    public boolean getIsAbsoluteUri() {
        return uri.getScheme() != null;
    }

    public boolean getIsLoopback() {
        String h = getDnsSafeHost();
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1");
    }

    public String getUserInfo() {
        return uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
    }

    public String getFragment() {
        return uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
    }

    /** The path's segments, each with its trailing slash: "/a/b" is "/", "a/", "b". */
    public String[] getSegments() {
        String path = getAbsolutePath();
        java.util.List<String> segments = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                segments.add(path.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < path.length()) {
            segments.add(path.substring(start));
        }
        return segments.toArray(String[]::new);
    }

    /** The path unescaped (for file URIs .NET gives the Windows path; not mapped here). */
    public String getLocalPath() {
        return uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    }

    private static int defaultPort(String scheme) {
        return switch (scheme == null ? "" : scheme.toLowerCase(java.util.Locale.ROOT)) {
            case "https" -> 443;
            case "ftp" -> 21;
            case "ldap" -> 389;
            default -> 80;
        };
    }

    public int getPort() {
        return uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
    }

    public String getScheme() {
        return uri.getScheme();
    }

    public String getAbsolutePath() {
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }

    public String getQuery() {
        return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    }

    public String getPathAndQuery() {
        return getAbsolutePath() + getQuery();
    }

    public String getOriginalString() {
        return original;
    }

    @Override
    public String toString() {
        return original;
    }
}
