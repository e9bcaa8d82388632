package io.openecma.powershell.types.web;

import java.nio.charset.StandardCharsets;

/** Statics of [System.Net.WebUtility] (.NET 4.5+): UTF-8, upper-case %XX, no %uXXXX decoding. */
public final class WebUtilityStatics {
    private WebUtilityStatics() {
    }

    public static String UrlEncode(String value) {
        return WebEncoding.urlEncode(value, StandardCharsets.UTF_8, true);
    }

    public static String UrlDecode(String encodedValue) {
        return WebEncoding.urlDecode(encodedValue, StandardCharsets.UTF_8, false);
    }

    public static String HtmlEncode(String value) {
        return WebEncoding.htmlEncode(value);
    }

    public static String HtmlDecode(String value) {
        return WebEncoding.htmlDecode(value);
    }
}
