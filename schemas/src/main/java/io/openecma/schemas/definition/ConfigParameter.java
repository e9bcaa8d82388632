package io.openecma.schemas.definition;

/**
 * A configuration parameter. Custom parameters reach scripts under {@link #key()}, the name with
 * the scope suffix ({@code CsvFile_Global}); Connectivity parameters keep their plain name. An
 * encrypted parameter's value is {@code enc:<keyId>:<base64>} (see {@link io.openecma.schemas.crypto.SecretBox}).
 */
public record ConfigParameter(String name, ParameterScope scope, String value, boolean encrypted) {

    /** The key scripts use in $ConfigParameters. */
    public String key() {
        return scope == ParameterScope.Connectivity ? name : name + "_" + scope.name();
    }
}
