package io.openecma.schemas.definition;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Locale;

/**
 * A configuration parameter. {@link #key()} is the name scripts use in $ConfigParameters, exactly as
 * ECMA2Host writes it: a custom parameter carries its scope as suffix ({@code FileName_Global},
 * {@code FileName_RunStep}); {@code name} may be written that way or without the suffix, which is then
 * added. Connectivity parameters keep their plain name. An encrypted parameter's value is
 * {@code enc:<keyId>:<base64>} (see {@link io.openecma.schemas.crypto.SecretBox}); null when the
 * administrator has not filled it in yet.
 */
public record ConfigParameter(String name, ParameterScope scope, String value, boolean encrypted) {

    /** The key scripts use in $ConfigParameters. */
    public String key() {
        if (scope == ParameterScope.Connectivity || hasScopeSuffix(name, scope)) {
            return name;
        }
        return name + suffix(scope);
    }

    /** The name without the scope suffix, as ECMA2Host lists it in "Additional Config Parameter Names". */
    public String baseName() {
        if (scope != ParameterScope.Connectivity && hasScopeSuffix(name, scope)) {
            return name.substring(0, name.length() - suffix(scope).length());
        }
        return name;
    }

    /** An encrypted parameter whose value is still to be entered by the administrator (not part of the JSON). */
    @JsonIgnore
    public boolean isMissingEncryptedValue() {
        return encrypted && (value == null || value.isEmpty());
    }

    static boolean hasScopeSuffix(String name, ParameterScope scope) {
        String s = suffix(scope).toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(s) && n.length() > s.length();
    }

    static String suffix(ParameterScope scope) {
        return "_" + scope.name();
    }
}
