package io.openecma.runtime.cli;

import io.openecma.schemas.definition.ConfigParameter;
import io.openecma.schemas.definition.ConnectorDefinition;

import java.util.ArrayList;
import java.util.List;

/** The encrypted values a connector folder still lacks (from-ecma2host leaves them for the administrator). */
final class MissingSecrets {

    private MissingSecrets() {
    }

    static List<String> of(ConnectorDefinition def) {
        List<String> missing = new ArrayList<>();
        for (ConfigParameter p : def.parameters()) {
            if (p.isMissingEncryptedValue()) {
                missing.add("parameters: " + p.key() + " (encrypted, " + p.scope() + ")");
            }
        }
        if (def.credential() != null && (def.credential().encryptedPassword() == null
                || def.credential().encryptedPassword().isEmpty())) {
            missing.add("credential.password (user '" + def.credential().user() + "')");
        }
        return missing;
    }

    static String describe(List<String> missing) {
        return "encrypted values not filled in yet in connector.yaml: " + String.join("; ", missing)
                + " (encrypt each with SecretsTool encrypt -, see docs/migrating-from-ecma2host.md)";
    }
}
