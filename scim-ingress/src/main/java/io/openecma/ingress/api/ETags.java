package io.openecma.ingress.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.openecma.ingress.scim.ScimException;

import java.util.ArrayList;
import java.util.List;

/**
 * SCIM versioning (RFC 7644 section 3.14): a resource's ETag is its {@code meta.version}
 * ({@code W/"<version>"}, the connector-space row version). {@code If-Match} on PUT, PATCH and DELETE
 * must name the current version (or be {@code *}), else 412; {@code If-None-Match} on GET naming it
 * answers 304. Tags compare by their opaque part, ignoring the weak prefix, as SCIM servers and
 * clients use weak tags with If-Match (RFC 7644's own example does).
 */
public final class ETags {

    private ETags() {
    }

    /** The ETag of a resource as built by the mapping, or null when it has none. */
    public static String of(ObjectNode resource) {
        JsonNode meta = resource.get("meta");
        JsonNode version = meta == null ? null : meta.get("version");
        return version == null || !version.isTextual() ? null : version.textValue();
    }

    /** Throws 412 when an If-Match header is given and names neither {@code *} nor the current tag. */
    public static void requireMatch(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        if (!matches(ifMatch, current)) {
            throw new ScimException(412, null, "If-Match " + ifMatch.trim() + " does not match the resource's"
                    + " current version " + current + "; read it again and repeat the change");
        }
    }

    /** Whether an If-None-Match header names the current tag (or {@code *}): the client's copy is current. */
    public static boolean notModified(String ifNoneMatch, String current) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank() && matches(ifNoneMatch, current);
    }

    private static boolean matches(String header, String current) {
        String wanted = current == null ? null : opaque(current);
        for (String tag : tags(header)) {
            if (tag.equals("*") || opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The entity tags of a header value: a comma-separated list (commas inside quotes belong to the tag). */
    private static List<String> tags(String header) {
        List<String> tags = new ArrayList<>();
        StringBuilder tag = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                tags.add(tag.toString().trim());
                tag.setLength(0);
            } else {
                tag.append(c);
            }
        }
        tags.add(tag.toString().trim());
        tags.removeIf(String::isEmpty);
        return tags;
    }

    private static String opaque(String tag) {
        String t = tag.trim();
        if (t.startsWith("W/") || t.startsWith("w/")) {
            t = t.substring(2);
        }
        return t;
    }
}
