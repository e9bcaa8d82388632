package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * System.UriBuilder as .NET Framework 4.x (Windows PowerShell 5.1) has it: the parts are plain
 * fields; {@code Query} and {@code Fragment} setters always prepend their '?' / '#' (so
 * {@code $b.Query = $b.Query.Substring(1) + '&x=1'} is how to append, as Microsoft's docs say);
 * {@code ToString()} writes the port whenever it is not -1, even the scheme's default
 * ({@code [UriBuilder]'https://a.example'} prints {@code https://a.example:443/}); {@code Uri} parses
 * that text, which drops a default port again.
 */
public final class UriBuilderValue {
    private String scheme = "http";
    private String host = "localhost";
    private int port = -1;
    private String path = "/";
    private String query = "";
    private String fragment = "";
    private String userName = "";
    private String password = "";

    /** The constructors: (), (string or Uri), (scheme, host[, port[, path[, extraValue]]]). */
    public static UriBuilderValue create(List<Object> args) {
        UriBuilderValue b = new UriBuilderValue();
        if (args.isEmpty()) {
            return b;
        }
        if (args.size() == 1) {
            Object a = LanguagePrimitives.base(LanguagePrimitives.unwrapNull(args.get(0)));
            if (a == null) {
                throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: uri")
                        .withParamName("uri");
            }
            String text = a instanceof UriValue u ? u.getOriginalString() : LanguagePrimitives.toStringValue(a);
            b.init(text.contains("://") || text.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? text : "http://" + text);
            return b;
        }
        b.setScheme(LanguagePrimitives.toStringValue(args.get(0)));
        b.setHost(LanguagePrimitives.toStringValue(args.get(1)));
        b.path = "/";
        if (args.size() >= 3) {
            b.setPort(LanguagePrimitives.toNumber(LanguagePrimitives.base(args.get(2))).intValue());
        }
        if (args.size() >= 4) {
            b.setPath(LanguagePrimitives.toStringValue(args.get(3)));
        }
        if (args.size() == 5) {
            String extra = LanguagePrimitives.toStringValue(LanguagePrimitives.unwrapNull(args.get(4)));
            if (!extra.isEmpty()) {
                if (extra.charAt(0) == '#') {
                    b.fragment = escape(extra.substring(1), false);
                    b.fragment = "#" + b.fragment;
                } else if (extra.charAt(0) == '?') {
                    int hash = extra.indexOf('#');
                    b.query = hash < 0 ? extra : extra.substring(0, hash);
                    b.fragment = hash < 0 ? "" : extra.substring(hash);
                } else {
                    throw new PSRuntimeException("System.ArgumentException", "Extra portion of URI not valid.\r\nParameter name: extraValue")
                            .withParamName("extraValue");
                }
            }
        }
        return b;
    }

    private void init(String text) {
        UriValue uri = new UriValue(text);
        java.net.URI u = uri.uri();
        scheme = u.getScheme().toLowerCase(Locale.ROOT);
        host = u.getHost() == null ? "" : u.getHost();
        port = uri.getPort();
        path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
        fragment = u.getRawFragment() == null ? "" : "#" + u.getRawFragment();
        String info = u.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            userName = colon < 0 ? info : info.substring(0, colon);
            password = colon < 0 ? "" : info.substring(colon + 1);
        }
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String value) {
        String s = value == null ? "" : value;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(0, colon);
        }
        if (!s.isEmpty() && !s.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            throw new PSRuntimeException("System.ArgumentException", "Invalid URI: The URI scheme is not valid.\r\nParameter name: value")
                    .withParamName("value");
        }
        scheme = s.toLowerCase(Locale.ROOT);
    }

    public String getHost() {
        return host;
    }

    /** An IPv6 address gets its brackets. */
    public void setHost(String value) {
        String h = value == null ? "" : value;
        host = h.indexOf(':') >= 0 && !h.startsWith("[") ? "[" + h + "]" : h;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int value) {
        if (value < -1 || value > 0xFFFF) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Specified argument was out of the range of valid values.\r\nParameter name: value").withParamName("value");
        }
        port = value;
    }

    public String getPath() {
        return path;
    }

    /** Backslashes become slashes; characters a path may not hold (and '?', '#') are escaped. */
    public void setPath(String value) {
        String p = value == null || value.isEmpty() ? "/" : value;
        path = escape(p.replace('\\', '/'), true);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String value) {
        query = value == null || value.isEmpty() ? "" : "?" + value;
    }

    public String getFragment() {
        return fragment;
    }

    public void setFragment(String value) {
        fragment = value == null || value.isEmpty() ? "" : "#" + value;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String value) {
        userName = value == null ? "" : value;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String value) {
        password = value == null ? "" : value;
    }

    /** The Uri this text parses to (UriFormatException when it does not). */
    public UriValue getUri() {
        return new UriValue(toString());
    }

    @Override
    public String toString() {
        if (userName.isEmpty() && !password.isEmpty()) {
            throw new PSRuntimeException("System.UriFormatException", "Invalid URI: The username:password construct is badly formed.");
        }
        StringBuilder s = new StringBuilder();
        if (!scheme.isEmpty()) {
            s.append(scheme).append(host.isEmpty() && !hasAuthority(scheme) ? ":" : "://");
        }
        s.append(userName);
        if (!password.isEmpty()) {
            s.append(':').append(password);
        }
        if (!userName.isEmpty()) {
            s.append('@');
        }
        s.append(host);
        if (port != -1 && !host.isEmpty()) {
            s.append(':').append(port);
        }
        if (!host.isEmpty() && !path.isEmpty() && path.charAt(0) != '/') {
            s.append('/');
        }
        return s.append(path).append(query).append(fragment).toString();
    }

    private static boolean hasAuthority(String scheme) {
        return switch (scheme) {
            case "mailto", "news", "urn" -> false;
            default -> true;
        };
    }

    /** Uri.InternalEscapeString: unreserved and reserved characters and '%' stay, '?' and '#' (in a path) and the rest are %XX of UTF-8. */
    private static String escape(String text, boolean escapeQueryAndFragmentMarks) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean keep = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/@!$&'()*+,;=[]%".indexOf(c) >= 0
                    || !escapeQueryAndFragmentMarks && (c == '?' || c == '#'));
            if (keep) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
