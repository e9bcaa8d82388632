package io.openecma.ingress.scim;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The RFC 7644 error body; {@code status} is a string, as the RFC and Entra expect. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScimError(List<String> schemas, String status, String scimType, String detail) {

    public static ScimError of(int status, String scimType, String detail) {
        return new ScimError(List.of(ScimSchemas.ERROR), Integer.toString(status), scimType, detail);
    }
}
