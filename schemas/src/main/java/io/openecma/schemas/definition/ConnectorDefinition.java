package io.openecma.schemas.definition;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A connector as its folder defines it (connector.yaml with the script bodies read in). Secrets stay
 * as stored: the token as a hash, encrypted parameters and the credential encrypted.
 * See docs/connector-definition.md for every field. {@code trustedCertificates} are the certificates
 * (a private CA's, or a target's self-signed one) the web cmdlets trust besides the JDK's trust store.
 */
public record ConnectorDefinition(String name, String secretTokenHash, Capabilities capabilities, String objectType,
                                  String anchorAttribute, List<String> selectedAttributes, List<ScimMapping> scimMappings,
                                  Deprovisioning deprovisioning, int autosyncMinutes, PageSizes pageSizes,
                                  ScriptRuntime runtime, int scriptTimeoutMinutes, Map<ScriptKind, Script> scripts,
                                  CommonModule commonModule, List<ConfigParameter> parameters, Credential credential,
                                  List<TrustedCertificate> trustedCertificates, ScimOptions scim,
                                  ScriptSandbox sandbox) {

    /** A definition with the default script limits and allowed hosts. */
    public ConnectorDefinition(String name, String secretTokenHash, Capabilities capabilities, String objectType,
                               String anchorAttribute, List<String> selectedAttributes, List<ScimMapping> scimMappings,
                               Deprovisioning deprovisioning, int autosyncMinutes, PageSizes pageSizes,
                               ScriptRuntime runtime, int scriptTimeoutMinutes, Map<ScriptKind, Script> scripts,
                               CommonModule commonModule, List<ConfigParameter> parameters, Credential credential,
                               List<TrustedCertificate> trustedCertificates, ScimOptions scim) {
        this(name, secretTokenHash, capabilities, objectType, anchorAttribute, selectedAttributes, scimMappings,
                deprovisioning, autosyncMinutes, pageSizes, runtime, scriptTimeoutMinutes, scripts, commonModule,
                parameters, credential, trustedCertificates, scim, ScriptSandbox.DEFAULT);
    }

    /** A definition with the default SCIM options (unmapped attributes refused). */
    public ConnectorDefinition(String name, String secretTokenHash, Capabilities capabilities, String objectType,
                               String anchorAttribute, List<String> selectedAttributes, List<ScimMapping> scimMappings,
                               Deprovisioning deprovisioning, int autosyncMinutes, PageSizes pageSizes,
                               ScriptRuntime runtime, int scriptTimeoutMinutes, Map<ScriptKind, Script> scripts,
                               CommonModule commonModule, List<ConfigParameter> parameters, Credential credential,
                               List<TrustedCertificate> trustedCertificates) {
        this(name, secretTokenHash, capabilities, objectType, anchorAttribute, selectedAttributes, scimMappings,
                deprovisioning, autosyncMinutes, pageSizes, runtime, scriptTimeoutMinutes, scripts, commonModule,
                parameters, credential, trustedCertificates, ScimOptions.DEFAULT);
    }

    /** A definition that trusts only the JDK's trust store. */
    public ConnectorDefinition(String name, String secretTokenHash, Capabilities capabilities, String objectType,
                               String anchorAttribute, List<String> selectedAttributes, List<ScimMapping> scimMappings,
                               Deprovisioning deprovisioning, int autosyncMinutes, PageSizes pageSizes,
                               ScriptRuntime runtime, int scriptTimeoutMinutes, Map<ScriptKind, Script> scripts,
                               CommonModule commonModule, List<ConfigParameter> parameters, Credential credential) {
        this(name, secretTokenHash, capabilities, objectType, anchorAttribute, selectedAttributes, scimMappings,
                deprovisioning, autosyncMinutes, pageSizes, runtime, scriptTimeoutMinutes, scripts, commonModule,
                parameters, credential, List.of());
    }

    public ConnectorDefinition {
        selectedAttributes = selectedAttributes == null ? List.of() : List.copyOf(selectedAttributes);
        scimMappings = scimMappings == null ? List.of() : List.copyOf(scimMappings);
        // An EnumMap keeps the scripts in a fixed order, so the JSON (and its hash) is the same everywhere.
        scripts = scripts == null || scripts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(scripts));
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        trustedCertificates = trustedCertificates == null ? List.of() : List.copyOf(trustedCertificates);
        scim = scim == null ? ScimOptions.DEFAULT : scim;
        sandbox = sandbox == null ? ScriptSandbox.DEFAULT : sandbox;
    }

    public Optional<Script> script(ScriptKind kind) {
        return Optional.ofNullable(scripts.get(kind));
    }

    /** The parameter scripts see under this key ($ConfigParameters is case-insensitive). */
    public Optional<ConfigParameter> parameter(String key) {
        return parameters.stream().filter(p -> p.key().equalsIgnoreCase(key)).findFirst();
    }
}
