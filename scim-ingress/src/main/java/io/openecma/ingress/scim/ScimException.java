package io.openecma.ingress.scim;

/**
 * Any failure the SCIM client must see as a SCIM error body. {@code scimType} is null for statuses
 * RFC 7644 gives no type for (401, 404, 409 without uniqueness, 5xx).
 */
public class ScimException extends RuntimeException {

    private final int status;
    private final String scimType;
    private final Integer retryAfterSeconds;

    public ScimException(int status, String scimType, String detail) {
        this(status, scimType, detail, null);
    }

    public ScimException(int status, String scimType, String detail, Integer retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.scimType = scimType;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ScimException invalidFilter(String detail) {
        return new ScimException(400, "invalidFilter", detail);
    }

    public static ScimException invalidValue(String detail) {
        return new ScimException(400, "invalidValue", detail);
    }

    public static ScimException invalidSyntax(String detail) {
        return new ScimException(400, "invalidSyntax", detail);
    }

    public static ScimException invalidPath(String detail) {
        return new ScimException(400, "invalidPath", detail);
    }

    public static ScimException noTarget(String detail) {
        return new ScimException(400, "noTarget", detail);
    }

    public static ScimException mutability(String detail) {
        return new ScimException(400, "mutability", detail);
    }

    public static ScimException uniqueness(String detail) {
        return new ScimException(409, "uniqueness", detail);
    }

    public static ScimException notFound(String detail) {
        return new ScimException(404, null, detail);
    }

    public static ScimException unavailable(String detail, int retryAfterSeconds) {
        return new ScimException(503, null, detail, retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String scimType() {
        return scimType;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ScimError toError() {
        return ScimError.of(status, scimType, getMessage());
    }
}
