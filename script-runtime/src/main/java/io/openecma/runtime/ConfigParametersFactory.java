package io.openecma.runtime;

import io.openecma.runtime.ecma2.ConfigParameter;
import io.openecma.runtime.ecma2.ConfigParameterKeyedCollection;
import io.openecma.powershell.runtime.PSCredential;
import io.openecma.powershell.runtime.PSCredential.SecureString;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.definition.Capabilities;
import io.openecma.schemas.definition.ConnectorDefinition;
import io.openecma.schemas.definition.ParameterScope;
import io.openecma.schemas.definition.ScriptKind;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds {@code $ConfigParameters} as ECMA2Host fills it: every parameter under its scripts' key
 * (custom ones with the scope suffix, e.g. {@code CsvFile_Global}), the script bodies under
 * ECMA2Host's names, the common module and its file name, and the capabilities. Encrypted values
 * are decrypted here and nowhere else, into SecureValue.
 */
public final class ConfigParametersFactory {

    static final String COMMON_MODULE_SCRIPT = "Common Module Script";
    static final String COMMON_MODULE_NAME = "Common Module Script Name (with extension)";

    private ConfigParametersFactory() {
    }

    public static ConfigParameterKeyedCollection build(ConnectorDefinition def, SecretBox secrets) {
        ConfigParameterKeyedCollection params = new ConfigParameterKeyedCollection();
        for (io.openecma.schemas.definition.ConfigParameter p : def.parameters()) {
            if (p.encrypted()) {
                params.add(ConfigParameter.encrypted(p.key(), decrypt(secrets, "parameter " + p.key(), p.value())));
            } else {
                params.add(new ConfigParameter(p.key(), p.value() == null ? "" : p.value()));
            }
        }
        for (ScriptKind kind : ScriptKind.values()) {
            addIfAbsent(params, kind.parameterName(), def.script(kind).map(s -> s.body()).orElse(""));
        }
        addIfAbsent(params, COMMON_MODULE_SCRIPT, def.commonModule() == null ? "" : def.commonModule().body());
        addIfAbsent(params, COMMON_MODULE_NAME, def.commonModule() == null ? "" : def.commonModule().name());
        addCapabilities(params, def);
        addIfAbsent(params, "Additional Config Parameter Names", customNames(def, false));
        addIfAbsent(params, "Additional Encrypted Config Parameter Names", customNames(def, true));
        addIfAbsent(params, "PowerShell script execution timeout in minutes (0 \u2013 disabled)",
                String.valueOf(def.scriptTimeoutMinutes()));
        if (def.credential() != null) {
            addIfAbsent(params, "User", def.credential().user());
            if (!params.contains("Password")) {
                params.add(ConfigParameter.encrypted("Password",
                        decrypt(secrets, "the credential's password", def.credential().encryptedPassword())));
            }
        }
        return params;
    }

    /** The connector account as $Credential / $PSCredential, or null when the connector has none. */
    public static PSCredential credential(ConnectorDefinition def, SecretBox secrets) {
        if (def.credential() == null) {
            return null;
        }
        String password = def.credential().encryptedPassword() == null ? ""
                : decrypt(secrets, "the credential's password", def.credential().encryptedPassword());
        return new PSCredential(def.credential().user(), new SecureString(password));
    }

    private static void addCapabilities(ConfigParameterKeyedCollection params, ConnectorDefinition def) {
        Capabilities c = def.capabilities();
        if (c == null) {
            return;
        }
        addIfAbsent(params, "Export Type", c.exportType() == null ? "" : c.exportType().name());
        addIfAbsent(params, "Object Confirmation", c.objectConfirmation() == null ? "" : c.objectConfirmation().name());
        addIfAbsent(params, "Enable Import", flag(c.enableImport()));
        addIfAbsent(params, "Enable Delta Import", flag(c.enableDeltaImport()));
        addIfAbsent(params, "Enable Export", flag(c.enableExport()));
        addIfAbsent(params, "Enable Password Operations", flag(c.enablePasswordOperations()));
        addIfAbsent(params, "Enable Export Password in First Pass", flag(c.exportPasswordInFirstPass()));
        addIfAbsent(params, "Delete-Add As Replace", flag(c.deleteAddAsReplace()));
    }

    private static String customNames(ConnectorDefinition def, boolean encrypted) {
        List<String> names = def.parameters().stream()
                .filter(p -> p.scope() != ParameterScope.Connectivity && p.encrypted() == encrypted)
                .map(io.openecma.schemas.definition.ConfigParameter::baseName)
                .distinct()
                .toList();
        return names.stream().collect(Collectors.joining(","));
    }

    private static String flag(boolean on) {
        return on ? "1" : "0";
    }

    private static void addIfAbsent(ConfigParameterKeyedCollection params, String name, String value) {
        if (!params.contains(name)) {
            params.add(new ConfigParameter(name, value == null ? "" : value));
        }
    }

    private static String decrypt(SecretBox secrets, String what, String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        if (!SecretBox.isEncryptedValue(stored)) {
            throw new IllegalStateException("The value of " + what + " is marked encrypted but is not an enc:<keyId>:<data> value.");
        }
        if (secrets == null) {
            throw new IllegalStateException("The value of " + what + " is encrypted and no key is configured (set "
                    + SecretBox.KEY_ENV + " and " + SecretBox.KEY_ID_ENV + ").");
        }
        return secrets.decryptValue(stored);
    }
}
