package io.openecma.ingress.scim;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Optional;

/**
 * One attribute definition as RFC 7643 section 7 publishes it. {@code type} is one of string,
 * boolean, decimal, integer, dateTime, binary, reference, complex.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScimAttribute(String name, String type, boolean multiValued, String description, boolean required,
                            Boolean caseExact, String mutability, String returned, String uniqueness,
                            List<String> referenceTypes, List<ScimAttribute> subAttributes) {

    public static ScimAttribute string(String name, String description) {
        return new ScimAttribute(name, "string", false, description, false, false, "readWrite", "default", "none",
                null, null);
    }

    public static ScimAttribute of(String name, String type, boolean multiValued, String description) {
        return new ScimAttribute(name, type, multiValued, description, false,
                "string".equals(type) || "reference".equals(type) || "binary".equals(type) ? false : null,
                "readWrite", "default", "none", "reference".equals(type) ? List.of("external") : null, null);
    }

    public static ScimAttribute complex(String name, boolean multiValued, String description,
                                        List<ScimAttribute> subAttributes) {
        return new ScimAttribute(name, "complex", multiValued, description, false, null, "readWrite", "default",
                "none", null, subAttributes);
    }

    public ScimAttribute required(boolean isRequired) {
        return new ScimAttribute(name, type, multiValued, description, isRequired, caseExact, mutability, returned,
                uniqueness, referenceTypes, subAttributes);
    }

    public ScimAttribute mutability(String newMutability, String newReturned) {
        return new ScimAttribute(name, type, multiValued, description, required, caseExact, newMutability,
                newReturned, uniqueness, referenceTypes, subAttributes);
    }

    public ScimAttribute unique(String newUniqueness) {
        return new ScimAttribute(name, type, multiValued, description, required, caseExact, mutability, returned,
                newUniqueness, referenceTypes, subAttributes);
    }

    /** The named sub-attribute, matched case-insensitively. */
    public Optional<ScimAttribute> sub(String subName) {
        return subAttributes == null ? Optional.empty()
                : subAttributes.stream().filter(s -> s.name.equalsIgnoreCase(subName)).findFirst();
    }

    @JsonIgnore
    public boolean isComplex() {
        return "complex".equals(type);
    }
}
