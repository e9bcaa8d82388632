package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSCredential;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request Invoke-RestMethod / Invoke-WebRequest send, built from their parameters with 5.1's
 * rules: a hashtable body is a query string for GET and a form body otherwise; a POST body without
 * -ContentType is sent as application/x-www-form-urlencoded; string bodies are encoded with the
 * charset named in the content type, else ISO-8859-1; the default timeout is 100 seconds.
 */
record WebRequestSpec(URI uri, String method, Map<String, String> headers, byte[] body, Duration timeout,
        PSCredential credential, int maximumRedirection) {

    static final String USER_AGENT = "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(100);
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^;\"\\s]+)");

    static WebRequestSpec from(CommandContext ctx) {
        String uriText = CmdletArguments.string(ctx, "Uri");
        URI uri;
        try {
            uri = new URI(escapeLikeDotNet(uriText == null ? "" : uriText.trim()));
        } catch (java.net.URISyntaxException e) {
            throw ctx.terminatingError("System.UriFormatException", "Invalid URI: The format of the URI could not be "
                    + "determined.", "System.UriFormatException," + commandClass(ctx), "InvalidArgument");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?")) {
            throw ctx.terminatingError("System.ArgumentException", "The " + (uri.getScheme() == null ? "" : uri
                    .getScheme()) + " scheme is not supported.", "WebCmdletSchemeNotSupportedException,"
                    + commandClass(ctx), "InvalidArgument");
        }
        String method = CmdletArguments.string(ctx, "Method");
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", USER_AGENT);
        Object headerArg = LanguagePrimitives.base(ctx.parameter("Headers"));
        if (headerArg instanceof Map<?, ?> m) {
            m.forEach((k, v) -> headers.put(LanguagePrimitives.toStringValue(k), LanguagePrimitives.toStringValue(v)));
        }
        String userAgent = CmdletArguments.string(ctx, "UserAgent");
        if (userAgent != null) {
            headers.put("User-Agent", userAgent);
        }
        String contentType = CmdletArguments.string(ctx, "ContentType");
        byte[] body = null;
        Object bodyArg = LanguagePrimitives.base(ctx.parameter("Body"));
        if (bodyArg instanceof Map<?, ?> form) {
            String encoded = formEncode(form);
            if (method.equals("GET")) {
                String q = uri.getRawQuery();
                uri = URI.create(uri.toString().replaceFirst("#.*$", "") + (q == null || q.isEmpty() ? "?" : "&")
                        + encoded);
            } else {
                body = encoded.getBytes(StandardCharsets.US_ASCII);
            }
        } else if (bodyArg instanceof byte[] bytes) {
            body = bytes;
        } else if (bodyArg != null) {
            String effectiveType = contentType != null ? contentType : headers.entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase("Content-Type")).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            String text = LanguagePrimitives.toStringValue(bodyArg);
            body = text.getBytes(charsetOf(effectiveType, StandardCharsets.ISO_8859_1));
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        } else if (body != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
        }
        Integer timeoutSec = CmdletArguments.integer(ctx, "TimeoutSec");
        Duration timeout = timeoutSec == null || timeoutSec <= 0 ? DEFAULT_TIMEOUT : Duration.ofSeconds(timeoutSec);
        Object cred = LanguagePrimitives.base(ctx.parameter("Credential"));
        Integer redirects = CmdletArguments.integer(ctx, "MaximumRedirection");
        return new WebRequestSpec(uri, method, headers, body, timeout,
                cred instanceof PSCredential c ? c : null, redirects == null ? 5 : redirects);
    }

    /**
     * .NET's Uri accepts characters java.net.URI rejects (spaces and quotes in an Okta filter such as
     * {@code ?filter=status eq "ACTIVE"}) and escapes them; so does this, UTF-8 for non-ASCII.
     */
    static String escapeLikeDotNet(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                sb.append('%').append(String.format("%02X", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    static String commandClass(CommandContext ctx) {
        return "Microsoft.PowerShell.Commands." + ctx.commandName().replace("-", "") + "Command";
    }

    static Charset charsetOf(String contentType, Charset fallback) {
        if (contentType != null) {
            Matcher m = CHARSET.matcher(contentType);
            if (m.find()) {
                try {
                    return Charset.forName(m.group(1));
                } catch (IllegalArgumentException unknown) {
                    return fallback;
                }
            }
        }
        return fallback;
    }

    private static String formEncode(Map<?, ?> form) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<?, ?> e : form.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(LanguagePrimitives.toStringValue(e.getKey()), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(LanguagePrimitives.toStringValue(e.getValue()), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    HttpRequest toHttpRequest() {
        return toHttpRequest(uri, null);
    }

    /** This request sent to {@code target}, with an Authorization header when one is given. */
    HttpRequest toHttpRequest(URI target, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(timeout);
        headers.forEach((name, value) -> {
            boolean replaced = authorization != null && name.equalsIgnoreCase("Authorization");
            if (!replaced && !RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                b.header(name, value);
            }
        });
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return b.method(method, publisher).build();
    }
}
