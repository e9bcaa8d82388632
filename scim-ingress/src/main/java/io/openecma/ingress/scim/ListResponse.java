package io.openecma.ingress.scim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** RFC 7644 ListResponse; the field order matches what ECMA2Host answers. */
@JsonPropertyOrder({"schemas", "totalResults", "Resources", "startIndex", "itemsPerPage"})
public record ListResponse<T>(List<String> schemas, long totalResults,
                              @JsonProperty("Resources") List<T> resources, int startIndex, int itemsPerPage) {

    public static <T> ListResponse<T> of(List<T> resources, long totalResults, int startIndex) {
        return new ListResponse<>(List.of(ScimSchemas.LIST_RESPONSE), totalResults, resources, startIndex,
                resources.size());
    }
}
