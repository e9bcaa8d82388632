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
            throw new io.openecma.powershell.runtime.PSRuntimeException("UriFormatException", "Invalid URI: " + e.getReason());
        }
    }

    public URI uri() {
        return uri;
    }

    public String getAbsoluteUri() {
        return uri.toString();
    }

    public String getHost() {
        return uri.getHost();
    }

    public int getPort() {
        return uri.getPort() >= 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
    }

    public String getScheme() {
        return uri.getScheme();
    }

    public String getAbsolutePath() {
        return uri.getRawPath();
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
