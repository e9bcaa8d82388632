package io.openecma.ingress.scim;

/**
 * Ids a new resource may take. An id is a path segment of its own URL: "." and ".." are removed by
 * every URL normaliser, and "/" or "\" split the segment, so such an object could be created but
 * never addressed by id again. Control characters and text {@link UnicodeText} refuses cannot be
 * stored or sent on.
 */
public final class ResourceIds {

    private ResourceIds() {
    }

    /** Why {@code id} cannot be the id of a new resource, or null when it can. */
    public static String problem(String id) {
        if (id.isEmpty()) {
            return "the id is empty";
        }
        if (id.equals(".") || id.equals("..")) {
            return "the id '" + id + "' is a relative path segment";
        }
        String text = UnicodeText.problem(id);
        if (text != null) {
            return "the id contains " + text;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '/' || c == '\\') {
                return "the id contains '" + c + "', a path separator";
            }
            if (c < 0x20 || c == 0x7f) {
                return String.format("the id contains the control character U+%04X at position %d", (int) c, i + 1);
            }
        }
        return null;
    }

    /** The id, or a 400 invalidValue naming the attribute it comes from. */
    public static String require(String id, String attribute) {
        String problem = problem(id);
        if (problem != null) {
            throw ScimException.invalidValue("'" + attribute + "' cannot be used as the resource's id: " + problem);
        }
        return id;
    }
}
