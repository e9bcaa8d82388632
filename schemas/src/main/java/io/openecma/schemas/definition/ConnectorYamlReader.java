package io.openecma.schemas.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.openecma.schemas.crypto.SecretBox;
import io.openecma.schemas.crypto.TokenHash;
import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ObjectConfirmation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one connector folder. Keeps going after a problem so that one load reports every problem;
 * the result is only used when no problem was found.
 */
final class ConnectorYamlReader {

    static final String FILE_NAME = "connector.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private static final Set<String> TOP_LEVEL = Set.of("name", "secretTokenHash", "capabilities", "objectType",
            "anchorAttribute", "selectedAttributes", "scimMappings", "deprovisioning", "autosyncMinutes", "pageSizes",
            "runtime", "scriptTimeoutMinutes", "scripts", "commonModule", "parameters", "credential", "tls", "scim",
            "limits", "network");
    private static final Set<String> CAPABILITIES = Set.of("exportType", "objectConfirmation", "enableImport",
            "enableDeltaImport", "enableExport", "enablePasswordOperations", "exportPasswordInFirstPass",
            "deleteAddAsReplace");
    private static final int MAX_PAGE_SIZE = 9999;

    private final Path folder;
    private final String yamlFile;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    ConnectorYamlReader(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.yamlFile = label(FILE_NAME);
    }

    List<DefinitionProblem> problems() {
        return problems;
    }

    /** The definition, or null when a problem was found (see {@link #problems()}). */
    ConnectorDefinition read() {
        JsonNode root = parse();
        if (root == null) {
            return null;
        }
        if (!(root instanceof ObjectNode top)) {
            problem(null, "must be a YAML mapping of the fields described in docs/connector-definition.md");
            return null;
        }
        unknownFields(top, TOP_LEVEL, "");

        String name = requiredString(top, "name", "name");
        if (name != null) {
            if (!name.matches("[A-Za-z0-9_-]+")) {
                problem("name", "use only A-Z, a-z, 0-9, _ and - (it is part of the SCIM URL ecma2host_<name>)");
            } else if (!name.equals(String.valueOf(folder.getFileName()))) {
                problem("name", "must equal the folder name '" + folder.getFileName() + "' (case-sensitive)");
            }
        }
        String tokenHash = requiredString(top, "secretTokenHash", "secretTokenHash");
        if (tokenHash != null && !TokenHash.isWellFormed(tokenHash)) {
            problem("secretTokenHash", "not a token hash (pbkdf2-sha256$<iterations>$<salt>$<hash>); "
                    + "create one with SecretsTool hash-token");
        }
        Capabilities capabilities = capabilities(top);
        String objectType = requiredString(top, "objectType", "objectType");
        String anchor = requiredString(top, "anchorAttribute", "anchorAttribute");
        List<String> selected = stringList(top, "selectedAttributes");
        List<ScimMapping> mappings = scimMappings(top, selected);
        Deprovisioning deprovisioning = deprovisioning(top, selected);
        int autosync = integer(top, "autosyncMinutes", "autosyncMinutes", 120, 0, 525_600);
        PageSizes pageSizes = pageSizes(top);
        ScriptRuntime runtime = runtime(top);
        int timeout = integer(top, "scriptTimeoutMinutes", "scriptTimeoutMinutes", 5, 0, 1440);
        Map<ScriptKind, Script> scripts = scripts(top, capabilities);
        CommonModule commonModule = commonModule(top);
        List<ConfigParameter> parameters = parameters(top);
        Credential credential = credential(top);
        List<TrustedCertificate> trusted = trustedCertificates(top);
        ScimOptions scim = scimOptions(top, selected);
        ScriptSandbox sandbox = sandbox(top);

        if (!problems.isEmpty()) {
            return null;
        }
        return new ConnectorDefinition(name, tokenHash, capabilities, objectType, anchor, selected, mappings,
                deprovisioning, autosync, pageSizes, runtime, timeout, scripts, commonModule, parameters, credential,
                trusted, scim, sandbox);
    }

    /** {@code limits:} (scriptMemoryMegabytes, maxCallDepth) and {@code network.allowedHosts}. */
    private ScriptSandbox sandbox(ObjectNode top) {
        int memory = ScriptSandbox.DEFAULT_MEMORY_MEGABYTES;
        int depth = ScriptSandbox.DEFAULT_MAX_CALL_DEPTH;
        ObjectNode limits = object(top, "limits", "limits");
        if (limits != null) {
            unknownFields(limits, Set.of("scriptMemoryMegabytes", "maxCallDepth"), "limits.");
            memory = integer(limits, "scriptMemoryMegabytes", "limits.scriptMemoryMegabytes", memory, 16, 65_536);
            depth = integer(limits, "maxCallDepth", "limits.maxCallDepth", depth, 10, 10_000);
        }
        List<String> hosts = null;
        ObjectNode network = object(top, "network", "network");
        if (network != null) {
            unknownFields(network, Set.of("allowedHosts"), "network.");
            JsonNode list = network.get("allowedHosts");
            if (list != null && !list.isNull()) {
                hosts = allowedHosts(list);
            }
        }
        return new ScriptSandbox(memory, depth, hosts);
    }

    private List<String> allowedHosts(JsonNode list) {
        List<String> hosts = new ArrayList<>();
        if (!list.isArray()) {
            problem("network.allowedHosts", "must be a list of hosts (host, host:port, *.domain or *)");
            return hosts;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String text = item.isTextual() ? item.textValue().trim() : "";
            if (!text.matches("\\*|(\\*\\.)?[A-Za-z0-9_.-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
                problem("network.allowedHosts[" + i + "]", "must be host, host:port, *.domain or * (not a URL)");
            } else {
                hosts.add(text);
            }
        }
        return hosts;
    }

    /**
     * {@code scim.unmappedAttributes} ({@code reject}, the default, or {@code store}) and its store
     * attribute, {@code anchorChosenByTarget} and {@code patchAnswer}.
     */
    private ScimOptions scimOptions(ObjectNode top, List<String> selected) {
        ObjectNode node = object(top, "scim", "scim");
        if (node == null) {
            return ScimOptions.DEFAULT;
        }
        unknownFields(node, Set.of("unmappedAttributes", "unmappedAttributesStore", "anchorChosenByTarget", "patchAnswer"),
                "scim.");
        JsonNode chosen = node.get("anchorChosenByTarget");
        if (chosen != null && !chosen.isNull() && !chosen.isBoolean()) {
            problem("scim.anchorChosenByTarget", "must be true or false");
        }
        boolean anchorChosenByTarget = chosen != null && chosen.asBoolean(false);
        UnmappedAttributes mode = enumValue(node, "unmappedAttributes", "scim.unmappedAttributes",
                UnmappedAttributes.class, UnmappedAttributes.reject);
        String store = optionalString(node, "unmappedAttributesStore", "scim.unmappedAttributesStore");
        if (mode == UnmappedAttributes.store && store == null) {
            problem("scim.unmappedAttributesStore", "required when unmappedAttributes is store: the String attribute"
                    + " that keeps them");
        } else if (mode != UnmappedAttributes.store && store != null) {
            problem("scim.unmappedAttributesStore", "only allowed when unmappedAttributes is store");
        } else if (store != null) {
            requireSelected(selected, store, "scim.unmappedAttributesStore");
        }
        PatchAnswer patchAnswer = enumValue(node, "patchAnswer", "scim.patchAnswer", PatchAnswer.class,
                PatchAnswer.resource);
        return new ScimOptions(mode, store, anchorChosenByTarget, patchAnswer);
    }

    private JsonNode parse() {
        Path yaml = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(yaml)) {
            problem(null, "missing: every connector folder has a " + FILE_NAME);
            return null;
        }
        try {
            JsonNode root = YAML.readTree(Files.readAllBytes(yaml));
            if (root == null || root.isMissingNode()) {
                problem(null, "is empty");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            problem(null, "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            return null;
        } catch (IOException e) {
            problem(null, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    private Capabilities capabilities(ObjectNode top) {
        ObjectNode node = object(top, "capabilities", "capabilities");
        ObjectNode c = node == null ? YAML.createObjectNode() : node;
        unknownFields(c, CAPABILITIES, "capabilities.");
        ExportType exportType = enumValue(c, "exportType", "capabilities.exportType", ExportType.class,
                ExportType.ObjectReplace);
        ObjectConfirmation confirmation = enumValue(c, "objectConfirmation", "capabilities.objectConfirmation",
                ObjectConfirmation.class, ObjectConfirmation.Normal);
        boolean enableImport = bool(c, "enableImport", "capabilities.enableImport", true);
        boolean enableDeltaImport = bool(c, "enableDeltaImport", "capabilities.enableDeltaImport", false);
        boolean enableExport = bool(c, "enableExport", "capabilities.enableExport", true);
        boolean enablePassword = bool(c, "enablePasswordOperations", "capabilities.enablePasswordOperations", false);
        boolean passwordFirstPass = bool(c, "exportPasswordInFirstPass", "capabilities.exportPasswordInFirstPass", false);
        boolean deleteAddAsReplace = bool(c, "deleteAddAsReplace", "capabilities.deleteAddAsReplace", false);
        if (enableDeltaImport && !enableImport) {
            problem("capabilities.enableDeltaImport", "delta import needs enableImport: true");
        }
        if (passwordFirstPass && !enablePassword) {
            problem("capabilities.exportPasswordInFirstPass", "needs enablePasswordOperations: true");
        }
        return new Capabilities(exportType, confirmation, enableImport, enableDeltaImport, enableExport, enablePassword,
                passwordFirstPass, deleteAddAsReplace);
    }

    private List<ScimMapping> scimMappings(ObjectNode top, List<String> selected) {
        JsonNode node = top.get("scimMappings");
        List<ScimMapping> mappings = new ArrayList<>();
        if (node == null || node.isNull()) {
            return mappings;
        }
        if (!node.isArray()) {
            problem("scimMappings", "must be a list of {scimPath, attribute}");
            return mappings;
        }
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "scimMappings[" + i + "]";
            if (!(node.get(i) instanceof ObjectNode m)) {
                problem(field, "must be a mapping with scimPath and attribute");
                continue;
            }
            unknownFields(m, Set.of("scimPath", "attribute"), field + ".");
            String path = requiredString(m, "scimPath", field + ".scimPath");
            String attribute = requiredString(m, "attribute", field + ".attribute");
            if (path != null && !paths.add(path.toLowerCase(Locale.ROOT))) {
                problem(field + ".scimPath", "'" + path + "' is mapped twice");
            }
            if (attribute != null) {
                requireSelected(selected, attribute, field + ".attribute");
            }
            mappings.add(new ScimMapping(path, attribute));
        }
        return mappings;
    }

    private Deprovisioning deprovisioning(ObjectNode top, List<String> selected) {
        ObjectNode node = object(top, "deprovisioning", "deprovisioning");
        ObjectNode d = node == null ? YAML.createObjectNode() : node;
        unknownFields(d, Set.of("disableFlow", "disableAttribute", "disableValue", "deleteFlow"), "deprovisioning.");
        DisableFlow disableFlow = enumValue(d, "disableFlow", "deprovisioning.disableFlow", DisableFlow.class,
                DisableFlow.None);
        DeleteFlow deleteFlow = enumValue(d, "deleteFlow", "deprovisioning.deleteFlow", DeleteFlow.class,
                DeleteFlow.Delete);
        String attribute = optionalString(d, "disableAttribute", "deprovisioning.disableAttribute");
        Object value = null;
        JsonNode valueNode = d.get("disableValue");
        if (valueNode != null && !valueNode.isNull()) {
            if (valueNode.isBoolean()) {
                value = valueNode.booleanValue();
            } else if (valueNode.isIntegralNumber()) {
                value = valueNode.longValue();
            } else if (valueNode.isTextual()) {
                value = valueNode.textValue();
            } else {
                problem("deprovisioning.disableValue", "must be a string, whole number or boolean");
            }
        }
        if (disableFlow == DisableFlow.SetAttribute) {
            if (attribute == null) {
                problem("deprovisioning.disableAttribute", "required when disableFlow is SetAttribute");
            } else {
                requireSelected(selected, attribute, "deprovisioning.disableAttribute");
            }
            if (value == null) {
                problem("deprovisioning.disableValue", "required when disableFlow is SetAttribute");
            }
        } else if (attribute != null || value != null) {
            problem("deprovisioning.disableAttribute", "only used when disableFlow is SetAttribute");
        }
        return new Deprovisioning(disableFlow, attribute, value, deleteFlow);
    }

    private PageSizes pageSizes(ObjectNode top) {
        ObjectNode node = object(top, "pageSizes", "pageSizes");
        ObjectNode p = node == null ? YAML.createObjectNode() : node;
        unknownFields(p, Set.of("import", "exportBatch"), "pageSizes.");
        int importSize = integer(p, "import", "pageSizes.import", 500, 1, MAX_PAGE_SIZE);
        int exportSize = integer(p, "exportBatch", "pageSizes.exportBatch", 100, 1, MAX_PAGE_SIZE);
        return new PageSizes(importSize, exportSize);
    }

    private ScriptRuntime runtime(ObjectNode top) {
        String value = optionalString(top, "runtime", "runtime");
        if (value == null) {
            return ScriptRuntime.EMBEDDED;
        }
        for (ScriptRuntime r : ScriptRuntime.values()) {
            if (r.id().equals(value)) {
                return r;
            }
        }
        problem("runtime", "'" + value + "' is not one of embedded, pwsh");
        return ScriptRuntime.EMBEDDED;
    }

    private Map<ScriptKind, Script> scripts(ObjectNode top, Capabilities capabilities) {
        Map<ScriptKind, Script> scripts = new EnumMap<>(ScriptKind.class);
        ObjectNode node = object(top, "scripts", "scripts");
        if (node == null) {
            if (top.get("scripts") == null) {
                problem("scripts", "required: at least the Schema script");
            }
            return scripts;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = "scripts." + entry.getKey();
            ScriptKind kind = scriptKind(entry.getKey());
            if (kind == null) {
                problem(field, "unknown script kind; use one of " + Arrays.toString(ScriptKind.values()));
                continue;
            }
            if (scripts.containsKey(kind)) {
                problem(field, "the " + kind + " script is given twice");
                continue;
            }
            if (!entry.getValue().isTextual() || entry.getValue().textValue().isBlank()) {
                problem(field, "must be the script's file name");
                continue;
            }
            String file = entry.getValue().textValue();
            String body = readFile(file, field);
            if (body != null) {
                scripts.put(kind, new Script(file, body));
            }
        }
        requireScript(node, ScriptKind.Schema, true, "every connector has a Schema script");
        requireScript(node, ScriptKind.Import, capabilities.enableImport(), "enableImport is true");
        requireScript(node, ScriptKind.Export, capabilities.enableExport(), "enableExport is true");
        requireScript(node, ScriptKind.Password, capabilities.enablePasswordOperations(),
                "enablePasswordOperations is true");
        return scripts;
    }

    private void requireScript(ObjectNode scripts, ScriptKind kind, boolean required, String because) {
        boolean present = false;
        for (Iterator<String> names = scripts.fieldNames(); names.hasNext(); ) {
            present |= kind == scriptKind(names.next());
        }
        if (required && !present) {
            problem("scripts." + kind, "required because " + because);
        }
    }

    private static ScriptKind scriptKind(String name) {
        for (ScriptKind kind : ScriptKind.values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        return null;
    }

    private CommonModule commonModule(ObjectNode top) {
        ObjectNode node = object(top, "commonModule", "commonModule");
        if (node == null) {
            return null;
        }
        unknownFields(node, Set.of("file", "name"), "commonModule.");
        String file = requiredString(node, "file", "commonModule.file");
        String name = optionalString(node, "name", "commonModule.name");
        if (name == null && file != null) {
            name = Path.of(file).getFileName().toString();
        }
        if (name != null && (!name.toLowerCase(Locale.ROOT).endsWith(".psm1") || name.contains("/")
                || name.contains("\\"))) {
            problem("commonModule.name", "'" + name + "' must be a file name ending in .psm1 (the name scripts import)");
        }
        String body = file == null ? null : readFile(file, "commonModule.file");
        return new CommonModule(file, name, body);
    }

    private List<ConfigParameter> parameters(ObjectNode top) {
        List<ConfigParameter> parameters = new ArrayList<>();
        JsonNode node = top.get("parameters");
        if (node == null || node.isNull()) {
            return parameters;
        }
        if (!node.isArray()) {
            problem("parameters", "must be a list of {name, scope, value, encrypted}");
            return parameters;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String field = "parameters[" + i + "]";
            if (!(node.get(i) instanceof ObjectNode p)) {
                problem(field, "must be a mapping with name, scope and value");
                continue;
            }
            unknownFields(p, Set.of("name", "scope", "value", "encrypted"), field + ".");
            String name = requiredString(p, "name", field + ".name");
            ParameterScope scope = enumValue(p, "scope", field + ".scope", ParameterScope.class, null);
            if (p.get("scope") == null) {
                problem(field + ".scope", "required: one of " + Arrays.toString(ParameterScope.values()));
            }
            boolean encrypted = bool(p, "encrypted", field + ".encrypted", false);
            String value = scalarText(p, "value", field + ".value");
            if (value != null && encrypted && !SecretBox.isEncryptedValue(value)) {
                problem(field + ".value", "marked encrypted but not stored as enc:<keyId>:<base64>; "
                        + "create it with SecretsTool encrypt");
            }
            if (value != null && !encrypted && SecretBox.isEncryptedValue(value)) {
                problem(field + ".encrypted", "the value is encrypted; set encrypted: true");
            }
            if (name != null && scope != null) {
                suffixProblem(name, scope, field + ".name");
                ConfigParameter parameter = new ConfigParameter(name, scope, value, encrypted);
                if (!keys.add(parameter.key().toLowerCase(Locale.ROOT))) {
                    problem(field + ".name", "'" + parameter.key() + "' is defined twice");
                }
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    /**
     * Names are ECMA2Host's ({@code FileName_Global}); the suffix may be left out. A name carrying the
     * suffix twice, or another scope's suffix, would reach the scripts under a key ECMA2Host never makes.
     */
    private void suffixProblem(String name, ParameterScope scope, String field) {
        if (scope == ParameterScope.Connectivity) {
            return;
        }
        String suffix = ConfigParameter.suffix(scope);
        if (ConfigParameter.hasScopeSuffix(name, scope)
                && ConfigParameter.hasScopeSuffix(name.substring(0, name.length() - suffix.length()), scope)) {
            problem(field, "'" + name + "' ends with " + suffix + " twice; write the name as ECMA2Host does ('"
                    + name.substring(0, name.length() - suffix.length()) + "'), scripts read it under that key");
            return;
        }
        for (ParameterScope other : ParameterScope.values()) {
            if (other != scope && other != ParameterScope.Connectivity && ConfigParameter.hasScopeSuffix(name, other)) {
                problem(field, "'" + name + "' ends with " + ConfigParameter.suffix(other) + " but its scope is " + scope
                        + "; ECMA2Host names a " + scope + " parameter <Name>" + suffix);
            }
        }
    }

    private Credential credential(ObjectNode top) {
        ObjectNode node = object(top, "credential", "credential");
        if (node == null) {
            return null;
        }
        unknownFields(node, Set.of("user", "password"), "credential.");
        String user = requiredString(node, "user", "credential.user");
        String password = optionalString(node, "password", "credential.password");
        if (password != null && !SecretBox.isEncryptedValue(password)) {
            problem("credential.password", "must be stored encrypted as enc:<keyId>:<base64>; "
                    + "create it with SecretsTool encrypt");
        }
        return new Credential(user, password);
    }

    /** {@code tls.trustedCertificates}: PEM files of the folder, each holding at least one X.509 certificate. */
    private List<TrustedCertificate> trustedCertificates(ObjectNode top) {
        List<TrustedCertificate> trusted = new ArrayList<>();
        ObjectNode node = object(top, "tls", "tls");
        if (node == null) {
            return trusted;
        }
        unknownFields(node, Set.of("trustedCertificates"), "tls.");
        JsonNode files = node.get("trustedCertificates");
        if (files == null || files.isNull()) {
            return trusted;
        }
        if (!files.isArray()) {
            problem("tls.trustedCertificates", "must be a list of PEM files in the connector folder");
            return trusted;
        }
        for (int i = 0; i < files.size(); i++) {
            String field = "tls.trustedCertificates[" + i + "]";
            JsonNode item = files.get(i);
            if (!item.isTextual() || item.textValue().isBlank()) {
                problem(field, "must be the name of a PEM file in the connector folder");
                continue;
            }
            String pem = readFile(item.textValue(), field);
            if (pem == null) {
                continue;
            }
            String reason = PemCertificates.problem(pem);
            if (reason != null) {
                problems.add(new DefinitionProblem(label(item.textValue()), field, reason));
                continue;
            }
            trusted.add(new TrustedCertificate(item.textValue(), pem));
        }
        return trusted;
    }

    /** Reads a file of the folder as script text; records a problem and returns null when it cannot. */
    private String readFile(String file, String field) {
        Path path;
        try {
            path = folder.resolve(file).normalize();
        } catch (InvalidPathException e) {
            problem(field, "'" + file + "' is not a valid file name");
            return null;
        }
        if (Path.of(file).isAbsolute() || !path.startsWith(folder)) {
            problem(field, "'" + file + "' must be a file inside the connector folder");
            return null;
        }
        if (!Files.isRegularFile(path)) {
            problems.add(new DefinitionProblem(label(file), field, "file not found"));
            return null;
        }
        try {
            return ScriptText.decode(Files.readAllBytes(path));
        } catch (CharacterCodingException e) {
            problems.add(new DefinitionProblem(label(file), field,
                    "not UTF-8, and no UTF-16 byte order mark; save it as UTF-8 or Unicode"));
        } catch (IOException e) {
            problems.add(new DefinitionProblem(label(file), field, "cannot be read: " + e.getMessage()));
        }
        return null;
    }

    private void requireSelected(List<String> selected, String attribute, String field) {
        if (!selected.isEmpty() && selected.stream().noneMatch(attribute::equalsIgnoreCase)) {
            problem(field, "'" + attribute + "' is not in selectedAttributes");
        }
    }

    // ---- typed field access; each records a problem instead of throwing ----

    private void unknownFields(ObjectNode node, Set<String> known, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(prefix + name, "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private ObjectNode object(ObjectNode parent, String key, String field) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node instanceof ObjectNode o) {
            return o;
        }
        problem(field, "must be a mapping");
        return null;
    }

    private String requiredString(ObjectNode parent, String key, String field) {
        String value = optionalString(parent, key, field);
        if (value == null && (parent.get(key) == null || parent.get(key).isNull())) {
            problem(field, "required");
        }
        return value;
    }

    private String optionalString(ObjectNode parent, String key, String field) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            problem(field, "must be a non-empty string");
            return null;
        }
        return node.textValue();
    }

    /** A parameter value: any scalar, as text (YAML may read 5000 or true unquoted). */
    private String scalarText(ObjectNode parent, String key, String field) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            problem(field, "must be a single value");
            return null;
        }
        return node.asText();
    }

    private boolean bool(ObjectNode parent, String key, String field, boolean defaultValue) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            problem(field, "must be true or false");
            return defaultValue;
        }
        return node.booleanValue();
    }

    private int integer(ObjectNode parent, String key, String field, int defaultValue, int min, int max) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < min || node.intValue() > max) {
            problem(field, "must be a whole number from " + min + " to " + max);
            return defaultValue;
        }
        return node.intValue();
    }

    private <E extends Enum<E>> E enumValue(ObjectNode parent, String key, String field, Class<E> type, E defaultValue) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (node.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(node.textValue())) {
                    return constant;
                }
            }
        }
        problem(field, "'" + node.asText() + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        return defaultValue;
    }

    private List<String> stringList(ObjectNode parent, String key) {
        JsonNode node = parent.get(key);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            problem(key, "must be a list of attribute names");
            return values;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.textValue().isBlank()) {
                problem(key + "[" + i + "]", "must be an attribute name");
            } else if (!seen.add(item.textValue().toLowerCase(Locale.ROOT))) {
                problem(key + "[" + i + "]", "'" + item.textValue() + "' is listed twice");
            } else {
                values.add(item.textValue());
            }
        }
        return values;
    }

    private void problem(String field, String reason) {
        problems.add(new DefinitionProblem(yamlFile, field, reason));
    }

    private String label(String file) {
        return folder.getFileName() + "/" + file.replace('\\', '/');
    }
}
