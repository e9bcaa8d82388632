package io.openecma.powershell.types.web;

import io.openecma.powershell.types.EncodingValue;

import java.nio.charset.StandardCharsets;

/** Statics of [System.Web.HttpUtility] (UTF-8 unless an encoding is given; lower-case %xx). */
public final class HttpUtilityStatics {
    private HttpUtilityStatics() {
    }

    public static String UrlEncode(String str) {
        return WebEncoding.urlEncode(str, StandardCharsets.UTF_8, false);
    }

    public static String UrlEncode(String str, EncodingValue e) {
        return WebEncoding.urlEncode(str, e.charset(), false);
    }

    public static String UrlDecode(String str) {
        return WebEncoding.urlDecode(str, StandardCharsets.UTF_8, true);
    }

    public static String UrlDecode(String str, EncodingValue e) {
        return WebEncoding.urlDecode(str, e.charset(), true);
    }

    public static String HtmlEncode(String s) {
        return WebEncoding.htmlEncode(s);
    }

    public static String HtmlDecode(String s) {
        return WebEncoding.htmlDecode(s);
    }

    public static String HtmlAttributeEncode(String s) {
        if (s == null) {
            return null;
        }
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;");
    }

    public static NameValueCollectionValue ParseQueryString(String query) {
        if (query == null) {
            throw new io.openecma.powershell.runtime.PSRuntimeException("System.ArgumentNullException",
                    "Value cannot be null.\r\nParameter name: query").withParamName("query");
        }
        return NameValueCollectionValue.parse(query);
    }
}
