package io.openecma.runtime.migrate;

import io.openecma.schemas.definition.ScriptKind;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ECMA2Host's parameter names and what each becomes in connector.yaml. */
final class Ecma2HostNames {

    /** Capability parameters (lower-cased names, as the wizard's spelling varies in case) to their fields. */
    private static final Map<String, String> CAPABILITIES = Map.of(
            "export type", "exportType",
            "object confirmation", "objectConfirmation",
            "enable import", "enableImport",
            "enable delta import", "enableDeltaImport",
            "enable export", "enableExport",
            "enable password operations", "enablePasswordOperations",
            "enable export password in first pass", "exportPasswordInFirstPass",
            "delete-add as replace", "deleteAddAsReplace");

    /** Parameters that become a field of their own rather than a parameter. */
    private static final Set<String> OWN_FIELDS = Set.of("common module script", "common module script name (with extension)",
            "user", "password", "pagesizefullimport", "pagesizeexport", "impersonate connector account",
            "load user profile when impersonating", "logon type when impersonating", "signed scripts only");

    private Ecma2HostNames() {
    }

    /** The capabilities field for a Capabilities parameter, or null when openecma has none. */
    static String capabilityField(String parameterName) {
        return CAPABILITIES.get(parameterName.trim().toLowerCase(Locale.ROOT));
    }

    /** A parameter that scripts read from $ConfigParameters and that has no connector.yaml field of its own. */
    static boolean isCustomParameter(Ecma2HostExport.Parameter p) {
        String name = p.name().trim().toLowerCase(Locale.ROOT);
        if ("Capabilities".equalsIgnoreCase(p.use()) || OWN_FIELDS.contains(name)
                || name.startsWith(Ecma2HostConversion.TIMEOUT_PREFIX.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (ScriptKind kind : ScriptKind.values()) {
            if (kind.parameterName().equalsIgnoreCase(name)) {
                return false;
            }
        }
        return true;
    }

    /** ECMA2Host's Use as a parameter scope. */
    static String scope(String use) {
        for (String s : new String[] {"Connectivity", "Global", "Partition", "RunStep"}) {
            if (s.equalsIgnoreCase(use.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("a parameter has Use '" + use + "'; expected Connectivity, Global, Partition or RunStep");
    }
}
