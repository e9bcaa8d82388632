package io.openecma.powershell.types.facades;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Statics of [uri]. */
public final class UriStatics {
    private UriStatics() {
    }

    public static String EscapeDataString(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~")
                .replace("*", "%2A");
    }

    public static String UnescapeDataString(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
