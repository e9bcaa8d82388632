package io.openecma.runtime.migrate;

import io.openecma.schemas.crypto.TokenHash;
import io.openecma.schemas.definition.ScriptKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an ECMA2Host connector export into a connector folder: connector.yaml, each script and the
 * common module as files. Secrets are never guessed: ECMA2Host does not export encrypted values, so
 * each one is written without a value and marked for the administrator ({@link Result#toFillIn()}).
 */
public final class Ecma2HostConversion {

    /** What was written, what the administrator must still fill in, and what did not carry over. */
    public record Result(Path folder, String connectorName, String newSecretToken, List<String> toFillIn,
                         List<String> notes) {
    }

    static final String TIMEOUT_PREFIX = "PowerShell script execution timeout";
    private static final String MODULE_TEXT = "Common Module Script";
    private static final String MODULE_NAME = "Common Module Script Name (with extension)";
    private static final String FILL_IN = "TO FILL IN: ECMA2Host does not export encrypted values. Encrypt the value with";
    private static final String FILL_IN_HOW = "  SecretsTool encrypt -   (docs/migrating-from-ecma2host.md) and add it here as ";
    /** Connectivity settings of ECMA2Host's own that have no meaning here; reported when not at their default. */
    private static final Map<String, String> HOST_SETTINGS = Map.of(
            "Impersonate Connector Account", "0", "Load User Profile When Impersonating", "0",
            "Logon Type When Impersonating", "None", "Signed Scripts Only", "0");

    private final Ecma2HostExport export;
    private final List<String> toFillIn = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Ecma2HostConversion(Ecma2HostExport export) {
        this.export = export;
    }

    /**
     * @param folder an absent or empty folder; its name is the connector's name
     * @throws IllegalArgumentException when the export cannot become a connector folder (with the reason)
     */
    public static Result convert(Ecma2HostExport export, Path folder) {
        return new Ecma2HostConversion(export).write(folder);
    }

    /** The folder name the export suggests: its ProfileName. */
    public static String suggestedName(Ecma2HostExport export) {
        return export.profileName().trim();
    }

    private Result write(Path folder) {
        String name = String.valueOf(folder.getFileName());
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("the connector name '" + name + "' (the folder's name) may hold only "
                    + "A-Z, a-z, 0-9, _ and - (it is part of Entra's URL ecma2host_<name>); name the folder explicitly");
        }
        requireEmpty(folder);
        Map<ScriptKind, String> scripts = scripts();
        if (!scripts.containsKey(ScriptKind.Schema)) {
            throw new IllegalArgumentException("the export has no Schema Script; every connector needs one");
        }
        String moduleName = export.value(MODULE_NAME).trim();
        String moduleText = export.value(MODULE_TEXT);
        if (moduleText.isBlank()) {
            moduleName = "";
        } else if (!moduleName.toLowerCase(Locale.ROOT).endsWith(".psm1") || moduleName.matches(".*[\\\\/].*")) {
            throw new IllegalArgumentException("the Common Module Script Name '" + moduleName
                    + "' must be a file name ending in .psm1");
        }
        String token = export.secretToken().trim();
        String newToken = token.length() >= 12 ? null : newToken();

        YamlWriter yaml = new YamlWriter();
        header(yaml, name, token.length() >= 12 ? token : newToken, newToken != null);
        capabilities(yaml);
        schema(yaml);
        runs(yaml);
        yaml.key("", "scripts");
        scripts.keySet().forEach(kind -> yaml.plain("  ", kind.name(), kind.name() + ".ps1"));
        if (!moduleName.isEmpty()) {
            yaml.key("", "commonModule").string("  ", "file", moduleName).string("  ", "name", moduleName);
        }
        parameters(yaml);
        credential(yaml);

        try {
            Files.createDirectories(folder);
            for (Map.Entry<ScriptKind, String> s : scripts.entrySet()) {
                writeScript(folder.resolve(s.getKey().name() + ".ps1"), s.getValue());
            }
            if (!moduleName.isEmpty()) {
                writeScript(folder.resolve(moduleName), moduleText);
            }
            Files.writeString(folder.resolve("connector.yaml"), yaml.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the connector folder " + folder + ": " + e.getMessage(), e);
        }
        return new Result(folder, name, newToken, List.copyOf(toFillIn), List.copyOf(notes));
    }

    private void header(YamlWriter yaml, String name, String token, boolean madeHere) {
        yaml.comment("", "Converted from an ECMA2Host connector export (profile '" + export.profileName()
                        + "') by openecma-connector from-ecma2host.")
                .comment("", "Every field: docs/connector-definition.md. Lines marked TO FILL IN need you; "
                        + "'openecma-connector <folder> validate' lists them.")
                .plain("", "name", name);
        yaml.comment("", madeHere
                ? "A new bearer token was made (printed once by the converter): enter it as Secret Token in Entra."
                : "Hash of the export's SecretToken: Entra keeps using the token it has.");
        yaml.string("", "secretTokenHash", TokenHash.hash(token)).blank();
    }

    private void capabilities(YamlWriter yaml) {
        yaml.comment("", "ConnectorConfig/Parameters with Use = Capabilities").key("", "capabilities");
        List<String> unused = new ArrayList<>();
        for (Ecma2HostExport.Parameter p : export.parameters()) {
            if (!"Capabilities".equalsIgnoreCase(p.use())) {
                continue;
            }
            String field = Ecma2HostNames.capabilityField(p.name());
            if (field == null) {
                unused.add(p.name() + " = " + p.value());
            } else if (field.equals("exportType") || field.equals("objectConfirmation")) {
                yaml.plain("  ", field, p.value().trim());
            } else {
                yaml.plain("  ", field, "1".equals(p.value().trim()) || "true".equalsIgnoreCase(p.value().trim()));
            }
        }
        if (!unused.isEmpty()) {
            yaml.comment("", "ECMA2Host capabilities openecma has no setting for (as exported): " + String.join("; ", unused));
        }
        yaml.blank();
    }

    private void schema(YamlWriter yaml) {
        Ecma2HostExport.Entry entry = export.entry();
        List<Ecma2HostExport.Attribute> attributes = entry.attributes().stream()
                .filter(a -> !a.isDnPseudoAttribute()).toList();
        List<String> anchors = attributes.stream().filter(Ecma2HostExport.Attribute::anchor)
                .map(Ecma2HostExport.Attribute::name).toList();
        if (anchors.size() != 1) {
            throw new IllegalArgumentException("the export's EntrySchema has " + anchors.size()
                    + " anchor attributes (IsAnchor true): " + anchors + "; a connector has exactly one");
        }
        yaml.comment("", "Schema/EntriesSchema/EntrySchema: ObjectType (the Schema script's type; Entra sees '"
                + entry.externalName() + "'), the IsAnchor attribute, the selected SchemaAttributes");
        yaml.string("", "objectType", entry.objectType().trim()).string("", "anchorAttribute", anchors.get(0));
        yaml.key("", "selectedAttributes");
        attributes.forEach(a -> yaml.item("  ", a.name()));
        attributes.stream().filter(Ecma2HostExport.Attribute::multivalued).forEach(a ->
                notes.add("attribute " + a.name() + " is multivalued in the export; ECMA2Host exported only single values"));
        yaml.blank();
        deprovisioning(yaml, entry);
    }

    private void deprovisioning(YamlWriter yaml, Ecma2HostExport.Entry entry) {
        yaml.comment("", "EntrySchema/DeprovisioningModel: SoftDelete '" + entry.softDelete() + "' (Disable flow), HardDelete '"
                + entry.hardDelete() + "' (Delete flow)").key("", "deprovisioning");
        String soft = entry.softDelete().trim();
        if (soft.isEmpty() || soft.equalsIgnoreCase("None")) {
            yaml.plain("  ", "disableFlow", "None");
        } else if (Set.of("delete", "treatashard").contains(soft.toLowerCase(Locale.ROOT))) {
            yaml.plain("  ", "disableFlow", "Delete");
        } else {
            yaml.comment("  ", "TO DECIDE: ECMA2Host's disable flow '" + soft + "' (attribute '"
                    + entry.softDeleteStatusAttribute() + "') is not translated; see deprovisioning in docs/connector-definition.md");
            yaml.plain("  ", "disableFlow", "None");
            notes.add("the disable flow '" + soft + "' (attribute '" + entry.softDeleteStatusAttribute()
                    + "') was not translated: disableFlow is None until you set it");
        }
        String hard = entry.hardDelete().trim();
        if (hard.equalsIgnoreCase("None")) {
            yaml.plain("  ", "deleteFlow", "None");
        } else {
            if (!hard.isEmpty() && !Set.of("delete", "treatashard").contains(hard.toLowerCase(Locale.ROOT))) {
                notes.add("the delete flow '" + hard + "' is not known; deleteFlow is Delete");
            }
            yaml.plain("  ", "deleteFlow", "Delete");
        }
        yaml.blank();
    }

    private void runs(YamlWriter yaml) {
        yaml.comment("", "ECMAConfig/AutosyncTimer");
        yaml.plain("", "autosyncMinutes", wholeNumber(export.autosyncTimer(), "AutosyncTimer", 120, 0, 525_600));
        yaml.comment("", "run-step parameters PageSizeFullImport and PageSizeExport").key("", "pageSizes");
        yaml.plain("  ", "import", wholeNumber(runStepValue("PageSizeFullImport"), "PageSizeFullImport", 500, 1, 9999));
        yaml.plain("  ", "exportBatch", wholeNumber(runStepValue("PageSizeExport"), "PageSizeExport", 100, 1, 9999));
        String timeout = export.parameters().stream().filter(p -> p.name().startsWith(TIMEOUT_PREFIX))
                .map(Ecma2HostExport.Parameter::value).findFirst().orElse("");
        yaml.comment("", TIMEOUT_PREFIX + " in minutes (0 - disabled)");
        yaml.plain("", "scriptTimeoutMinutes", wholeNumber(timeout, "the script timeout", 5, 0, 1440)).blank();
    }

    private String runStepValue(String name) {
        return export.runStepParameters().stream().filter(p -> p.name().equalsIgnoreCase(name))
                .map(Ecma2HostExport.Parameter::value).findFirst().orElse(export.value(name));
    }

    private int wholeNumber(String text, String what, int defaultValue, int min, int max) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n < min || n > max) {
                int kept = Math.max(min, Math.min(max, n));
                notes.add(what + " " + n + " is outside " + min + "-" + max + "; " + kept + " was written");
                return kept;
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a whole number");
        }
    }

    private Map<ScriptKind, String> scripts() {
        Map<ScriptKind, String> scripts = new EnumMap<>(ScriptKind.class);
        for (ScriptKind kind : ScriptKind.values()) {
            String text = export.value(kind.parameterName());
            if (!text.isBlank()) {
                scripts.put(kind, text);
            }
        }
        return scripts;
    }

    /** Every other parameter under its ECMA2Host name; run-step ones also from the run configurations. */
    private void parameters(YamlWriter yaml) {
        Map<String, Ecma2HostExport.Parameter> kept = new LinkedHashMap<>();
        List<Ecma2HostExport.Parameter> all = new ArrayList<>(export.parameters());
        all.addAll(export.runStepParameters());
        for (Ecma2HostExport.Parameter p : all) {
            if (!Ecma2HostNames.isCustomParameter(p)) {
                continue;
            }
            Ecma2HostExport.Parameter earlier = kept.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
            if (earlier != null && !earlier.value().equals(p.value())) {
                notes.add("parameter " + p.name() + " has the value '" + earlier.value() + "' and, in a run step, '"
                        + p.value() + "'; the first was kept");
            }
        }
        reportHostSettings();
        if (kept.isEmpty()) {
            return;
        }
        yaml.comment("", "ConnectorConfig/Parameters under ECMA2Host's names (the keys scripts read in $ConfigParameters)");
        yaml.key("", "parameters");
        for (Ecma2HostExport.Parameter p : kept.values()) {
            String scope = Ecma2HostNames.scope(p.use());
            if (p.isEncrypted()) {
                yaml.comment("  ", FILL_IN);
                yaml.comment("  ", FILL_IN_HOW + "value: \"enc:<keyId>:<base64>\"");
                toFillIn.add("parameters: " + p.name() + " (encrypted, " + scope + ")");
            }
            yaml.itemString("  ", "name", p.name()).plain("    ", "scope", scope);
            if (p.isEncrypted()) {
                yaml.plain("    ", "encrypted", true);
            } else {
                yaml.string("    ", "value", p.value());
            }
        }
        yaml.blank();
    }

    private void reportHostSettings() {
        HOST_SETTINGS.forEach((name, defaultValue) -> {
            String value = export.value(name).trim();
            if (!value.isEmpty() && !value.equalsIgnoreCase(defaultValue)) {
                notes.add("'" + name + "' is " + value + " in the export; openecma runs scripts as its own account"
                        + " and does not check signatures: this setting is not carried over");
            }
        });
    }

    private void credential(YamlWriter yaml) {
        String user = export.value("User").trim();
        if (user.isEmpty()) {
            if (export.parameter("Password").map(p -> !p.value().isEmpty()).orElse(false)) {
                notes.add("the export has a Password but no User; no credential was written");
            }
            return;
        }
        yaml.comment("", "Connectivity User and Password: $Credential / $PSCredential").key("", "credential");
        yaml.string("  ", "user", user);
        yaml.comment("  ", FILL_IN);
        yaml.comment("  ", FILL_IN_HOW + "password: \"enc:<keyId>:<base64>\"");
        toFillIn.add("credential.password (the connector account's password for user '" + user + "')");
    }

    private static void writeScript(Path file, String text) throws IOException {
        // UTF-8 with a byte order mark: what Windows PowerShell 5.1 reads as UTF-8 without guessing.
        Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    }

    private static void requireEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            if (!Files.isDirectory(folder) || entries.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " exists and is not empty; give a new folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
