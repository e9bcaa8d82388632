package io.openecma.schemas.definition;

import io.openecma.schemas.ecma.ExportType;
import io.openecma.schemas.ecma.ObjectConfirmation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectorDefinitionLoaderTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "connectors");
    private static final String HASH = "pbkdf2-sha256$210000$elXsYmKhkSG60WHof4K4qA==$CC+QPZmoTehPL00pWi/2d7V8kKKV2MCJYER+ccMvktQ=";
    private static final String MINIMAL = """
            name: hr
            secretTokenHash: "%s"
            objectType: User
            anchorAttribute: EmployeeId
            capabilities:
              enableImport: false
              enableExport: false
            scripts:
              Schema: Schema.ps1
            """.formatted(HASH);

    @TempDir
    Path root;
    Path hr;

    @BeforeEach
    void createFolder() throws IOException {
        hr = Files.createDirectory(root.resolve("hr"));
        Files.writeString(hr.resolve("Schema.ps1"), "param($ConfigParameters)\n");
    }

    @Test
    void theCsvSampleLoadsWithEveryScriptDecoded() {
        ConnectorDefinition csv = ConnectorDefinitionLoader.load(EXAMPLES.resolve("csv"));

        assertEquals("csv", csv.name());
        assertEquals("User", csv.objectType());
        assertEquals("EmployeeId", csv.anchorAttribute());
        assertEquals(new Capabilities(ExportType.AttributeReplace, ObjectConfirmation.Normal, true, true, true, true, false, false),
                csv.capabilities());
        assertEquals(9, csv.scripts().size());
        for (Script script : csv.scripts().values()) {
            assertTrue(script.body().startsWith("<#"), script.file() + " starts without its BOM: " + script.body().substring(0, 5));
            assertTrue(script.body().contains("param("), script.file());
        }
        assertTrue(csv.script(ScriptKind.EndImport).orElseThrow().body().contains("CloseImportConnectionResults"),
                "the UTF-16 script reads as text");
        assertEquals("CsvConnectorCommon.psm1", csv.commonModule().name());
        assertTrue(csv.commonModule().body().contains("Export-ModuleMember"));
        assertEquals("users.csv", csv.parameter("csvfile_global").orElseThrow().value());
        assertEquals(new Deprovisioning(DisableFlow.SetAttribute, "isActive", false, DeleteFlow.Delete), csv.deprovisioning());
        assertEquals(ScriptRuntime.EMBEDDED, csv.runtime());
        assertEquals(new PageSizes(500, 50), csv.pageSizes());
        assertTrue(csv.scimMappings().contains(new ScimMapping("name.givenName", "firstName")));
    }

    @Test
    void loadAllReadsEveryExampleConnector() throws IOException {
        List<ConnectorDefinition> all = ConnectorDefinitionLoader.loadAll(EXAMPLES);

        List<String> folders;
        try (var children = java.nio.file.Files.list(EXAMPLES)) {
            folders = children.filter(java.nio.file.Files::isDirectory)
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        }
        assertTrue(folders.containsAll(List.of("csv", "rest")), "the samples are there: " + folders);
        assertEquals(folders, all.stream().map(ConnectorDefinition::name).toList());
    }

    @Test
    void aMinimalDefinitionGetsTheDocumentedDefaults() throws IOException {
        write(MINIMAL);

        ConnectorDefinition d = ConnectorDefinitionLoader.load(hr);

        assertEquals(ExportType.ObjectReplace, d.capabilities().exportType());
        assertEquals(120, d.autosyncMinutes());
        assertEquals(5, d.scriptTimeoutMinutes());
        assertEquals(new PageSizes(500, 100), d.pageSizes());
        assertEquals(new Deprovisioning(DisableFlow.None, null, null, DeleteFlow.Delete), d.deprovisioning());
        assertNull(d.commonModule());
        assertNull(d.credential());
    }

    @Test
    void scriptsAreReadInEveryEncodingWindowsSaves() throws IOException {
        String text = "# Größe €\r\nparam($ConfigParameters)\r\n";
        write(MINIMAL);
        for (byte[] bytes : List.of(text.getBytes(StandardCharsets.UTF_8),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)))) {
            Files.write(hr.resolve("Schema.ps1"), bytes);

            assertEquals(text, ConnectorDefinitionLoader.load(hr).script(ScriptKind.Schema).orElseThrow().body());
        }
    }

    @Test
    void aScriptInAnUnknownEncodingIsAProblemOfThatFile() throws IOException {
        write(MINIMAL);
        Files.write(hr.resolve("Schema.ps1"), "# Gr\u00f6\u00dfe".getBytes(StandardCharsets.ISO_8859_1));

        assertProblems(new DefinitionProblem("hr/Schema.ps1", "scripts.Schema",
                "not UTF-8, and no UTF-16 byte order mark; save it as UTF-8 or Unicode"));
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        write("""
                name: HR
                secretTokenHash: plain-token
                objectType: User
                colour: blue
                capabilities:
                  exportType: FullReplace
                  enableImport: yes please
                  enablePasswordOperations: true
                selectedAttributes: [EmployeeId, isActive, isActive]
                scimMappings:
                  - scimPath: userName
                    attribute: login
                deprovisioning:
                  disableFlow: SetAttribute
                autosyncMinutes: -1
                pageSizes:
                  import: 100000
                runtime: bash
                scripts:
                  Schema: Schema.ps1
                  Import: ../outside.ps1
                  Export: Missing.ps1
                  Frobnicate: x.ps1
                commonModule:
                  file: Common.psm1
                  name: Common.ps1
                parameters:
                  - name: ApiKey
                    scope: Global
                    value: plain
                    encrypted: true
                  - name: ApiKey
                    scope: Global
                    value: other
                  - name: Server
                    scope: Everywhere
                    value: x
                  - name: Token
                    scope: Global
                    value: "enc:k1:AAAA"
                credential:
                  user: svc
                  password: hunter2
                """);

        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> ConnectorDefinitionLoader.load(hr));

        List<String> fields = e.problems().stream().map(DefinitionProblem::field).toList();
        assertEquals(List.of("colour", "name", "secretTokenHash", "capabilities.exportType", "capabilities.enableImport",
                "anchorAttribute", "selectedAttributes[2]", "scimMappings[0].attribute",
                "deprovisioning.disableAttribute", "deprovisioning.disableValue", "autosyncMinutes", "pageSizes.import",
                "runtime", "scripts.Import", "scripts.Export", "scripts.Frobnicate", "scripts.Password",
                "commonModule.name", "commonModule.file", "parameters[0].value", "parameters[1].name",
                "parameters[2].scope", "parameters[3].encrypted", "credential.password"), fields,
                e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> p.file().startsWith("hr/")), e.getMessage());
        assertTrue(e.getMessage().contains("hr/Missing.ps1 [scripts.Export]: file not found"), e.getMessage());
        assertTrue(e.getMessage().contains("must equal the folder name 'hr'"), e.getMessage());
    }

    @Test
    void requiredScriptsFollowTheCapabilities() throws IOException {
        write(MINIMAL.replace("""
                capabilities:
                  enableImport: false
                  enableExport: false
                """, """
                capabilities:
                  enableImport: true
                  enableExport: true
                  enablePasswordOperations: true
                """).replace("  Schema: Schema.ps1\n", "  Validation: Schema.ps1\n"));

        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> ConnectorDefinitionLoader.load(hr));

        assertEquals(List.of("scripts.Schema", "scripts.Import", "scripts.Export", "scripts.Password"),
                e.problems().stream().map(DefinitionProblem::field).toList());
    }

    @Test
    void deltaImportNeedsImport() throws IOException {
        write(MINIMAL.replace("  enableImport: false\n", "  enableImport: false\n  enableDeltaImport: true\n"));

        assertProblems(new DefinitionProblem("hr/connector.yaml", "capabilities.enableDeltaImport",
                "delta import needs enableImport: true"));
    }

    @Test
    void encryptedParametersAndTheCredentialStayEncrypted() throws IOException {
        String secret = "enc:k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxw=";
        write(MINIMAL + """
                parameters:
                  - name: ApiKey
                    scope: Global
                    value: "%s"
                    encrypted: true
                  - name: Server
                    scope: Connectivity
                    value: hr.example.com
                  - name: PageSize
                    scope: RunStep
                    value: 5000
                credential:
                  user: svc-hr
                  password: "%s"
                """.formatted(secret, secret));

        ConnectorDefinition d = ConnectorDefinitionLoader.load(hr);

        assertEquals(new ConfigParameter("ApiKey", ParameterScope.Global, secret, true), d.parameter("ApiKey_Global").orElseThrow());
        assertEquals("hr.example.com", d.parameter("Server").orElseThrow().value());
        assertEquals("5000", d.parameter("PageSize_RunStep").orElseThrow().value());
        assertEquals(new Credential("svc-hr", secret), d.credential());
    }

    @Test
    void parameterNamesAreEcma2HostsWithOrWithoutTheScopeSuffix() throws IOException {
        write(MINIMAL + """
                parameters:
                  - name: FileName_Global
                    scope: Global
                    value: InputFile.txt
                  - name: Delimiter
                    scope: Global
                    value: ";"
                  - name: FileName_RunStep
                    scope: RunStep
                    value: Other.txt
                """);

        ConnectorDefinition d = ConnectorDefinitionLoader.load(hr);

        assertEquals(List.of("FileName_Global", "Delimiter_Global", "FileName_RunStep"),
                d.parameters().stream().map(ConfigParameter::key).toList());
        assertEquals(List.of("FileName", "Delimiter", "FileName"),
                d.parameters().stream().map(ConfigParameter::baseName).toList());
    }

    @Test
    void aDoubledOrForeignScopeSuffixIsRefused() throws IOException {
        write(MINIMAL + """
                parameters:
                  - name: FileName_Global_Global
                    scope: Global
                  - name: Delimiter_RunStep
                    scope: Global
                """);

        assertProblems(
                new DefinitionProblem("hr/connector.yaml", "parameters[0].name", "'FileName_Global_Global' ends with _Global"
                        + " twice; write the name as ECMA2Host does ('FileName_Global'), scripts read it under that key"),
                new DefinitionProblem("hr/connector.yaml", "parameters[1].name", "'Delimiter_RunStep' ends with _RunStep but"
                        + " its scope is Global; ECMA2Host names a Global parameter <Name>_Global"));
    }

    @Test
    void anEncryptedParameterWithoutValueIsLoadedAsMissing() throws IOException {
        write(MINIMAL + """
                parameters:
                  - name: ApiKey_Global
                    scope: Global
                    encrypted: true
                """);

        assertTrue(ConnectorDefinitionLoader.load(hr).parameter("ApiKey_Global").orElseThrow().isMissingEncryptedValue());
    }

    @Test
    void brokenYamlIsOneProblemWithTheLine() throws IOException {
        write("name: hr\nscripts: [unclosed\n");

        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> ConnectorDefinitionLoader.load(hr));

        assertEquals(1, e.problems().size());
        assertEquals("hr/connector.yaml", e.problems().get(0).file());
        assertTrue(e.problems().get(0).reason().startsWith("not valid YAML"), e.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        write(MINIMAL + "objectType: Group\n");

        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> ConnectorDefinitionLoader.load(hr));

        assertTrue(e.problems().get(0).reason().contains("objectType"), e.getMessage());
    }

    @Test
    void aFolderWithoutConnectorYamlAndAnEmptyFileAreProblems() throws IOException {
        Files.createDirectory(root.resolve("empty"));
        Files.createDirectory(root.resolve(".git"));
        write("");

        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> ConnectorDefinitionLoader.loadAll(root));

        assertEquals(List.of(new DefinitionProblem("empty/connector.yaml", null, "missing: every connector folder has a connector.yaml"),
                new DefinitionProblem("hr/connector.yaml", null, "is empty")), e.problems());
    }

    @Test
    void trustedCertificatesAreReadInAndMustBePem() throws Exception {
        java.security.cert.X509Certificate anyCa = anyJdkTrustAnchor();
        String pem = "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder().encodeToString(anyCa.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        Files.createDirectory(hr.resolve("certs"));
        Files.writeString(hr.resolve("certs/target-ca.pem"), pem);
        write(MINIMAL + "tls:\n  trustedCertificates:\n    - certs/target-ca.pem\n");

        ConnectorDefinition def = ConnectorDefinitionLoader.load(hr);
        assertEquals(List.of(new TrustedCertificate("certs/target-ca.pem", pem)), def.trustedCertificates());
        assertEquals(anyCa, PemCertificates.parse(def.trustedCertificates().get(0).pem()).get(0));

        Files.writeString(hr.resolve("not-a-cert.pem"), "hello\n");
        write(MINIMAL + "tls:\n  trustedCertificates:\n    - not-a-cert.pem\n    - missing.pem\n  trustAll: true\n");
        assertProblems(
                new DefinitionProblem("hr/connector.yaml", "tls.trustAll", "unknown field (known: trustedCertificates)"),
                new DefinitionProblem("hr/not-a-cert.pem", "tls.trustedCertificates[0]",
                        "holds no PEM certificate (-----BEGIN CERTIFICATE----- block)"),
                new DefinitionProblem("hr/missing.pem", "tls.trustedCertificates[1]", "file not found"));
    }

    @Test
    void withoutTlsOnlyTheJdkTrustStoreCounts() throws IOException {
        write(MINIMAL);
        assertEquals(List.of(), ConnectorDefinitionLoader.load(hr).trustedCertificates());
    }

    @Test
    void unmappedScimAttributesAreRefusedUnlessAStoreIsNamed() throws IOException {
        write(MINIMAL);
        assertEquals(ScimOptions.DEFAULT, ConnectorDefinitionLoader.load(hr).scim());
        assertEquals(UnmappedAttributes.reject, ConnectorDefinitionLoader.load(hr).scim().unmappedAttributes());

        write(MINIMAL + "scim:\n  unmappedAttributes: store\n  unmappedAttributesStore: scimData\n");
        assertEquals(new ScimOptions(UnmappedAttributes.store, "scimData"), ConnectorDefinitionLoader.load(hr).scim());

        write(MINIMAL + "scim:\n  anchorChosenByTarget: true\n");
        assertEquals(new ScimOptions(UnmappedAttributes.reject, null, true), ConnectorDefinitionLoader.load(hr).scim());

        write(MINIMAL + "scim:\n  patchAnswer: noContent\n");
        assertEquals(PatchAnswer.noContent, ConnectorDefinitionLoader.load(hr).scim().patchAnswer());
        assertEquals(PatchAnswer.resource, ScimOptions.DEFAULT.patchAnswer());
        write(MINIMAL + "scim:\n  patchAnswer: empty\n");
        InvalidDefinitionException wrongAnswer = assertThrows(InvalidDefinitionException.class,
                () -> ConnectorDefinitionLoader.load(hr));
        assertEquals(List.of("scim.patchAnswer"), wrongAnswer.problems().stream().map(DefinitionProblem::field).toList());

        write(MINIMAL + "scim:\n  unmappedAttributes: store\n");
        InvalidDefinitionException missing = assertThrows(InvalidDefinitionException.class,
                () -> ConnectorDefinitionLoader.load(hr));
        assertEquals(List.of("scim.unmappedAttributesStore"), missing.problems().stream().map(DefinitionProblem::field)
                .toList());

        write(MINIMAL + "scim:\n  unmappedAttributes: drop\n  unmappedAttributesStore: x\n  other: 1\n");
        InvalidDefinitionException wrong = assertThrows(InvalidDefinitionException.class,
                () -> ConnectorDefinitionLoader.load(hr));
        assertEquals(java.util.Set.of("scim.other", "scim.unmappedAttributes", "scim.unmappedAttributesStore"),
                wrong.problems().stream().map(DefinitionProblem::field).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void scriptLimitsAndAllowedHostsHaveDefaultsAndAreChecked() throws IOException {
        write(MINIMAL);
        assertEquals(ScriptSandbox.DEFAULT, ConnectorDefinitionLoader.load(hr).sandbox());
        assertEquals(null, ConnectorDefinitionLoader.load(hr).sandbox().allowedHosts());

        write(MINIMAL + "limits:\n  scriptMemoryMegabytes: 512\n  maxCallDepth: 200\n"
                + "network:\n  allowedHosts: [hr.example.com, 'auth.example.com:8443', '*.okta.com', '*']\n");
        assertEquals(new ScriptSandbox(512, 200, List.of("hr.example.com", "auth.example.com:8443", "*.okta.com", "*")),
                ConnectorDefinitionLoader.load(hr).sandbox());

        write(MINIMAL + "network:\n  allowedHosts: []\n");
        assertEquals(List.of(), ConnectorDefinitionLoader.load(hr).sandbox().allowedHosts());

        write(MINIMAL + "limits:\n  scriptMemoryMegabytes: 1\n  maxCallDepth: 100000\n  heap: 3\n"
                + "network:\n  allowedHosts: ['https://hr.example.com/api']\n  proxy: x\n");
        InvalidDefinitionException wrong = assertThrows(InvalidDefinitionException.class,
                () -> ConnectorDefinitionLoader.load(hr));
        assertEquals(java.util.Set.of("limits.scriptMemoryMegabytes", "limits.maxCallDepth", "limits.heap",
                        "network.allowedHosts[0]", "network.proxy"),
                wrong.problems().stream().map(DefinitionProblem::field).collect(java.util.stream.Collectors.toSet()));
    }

    private static java.security.cert.X509Certificate anyJdkTrustAnchor() throws Exception {
        javax.net.ssl.TrustManagerFactory f = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        f.init((java.security.KeyStore) null);
        return ((javax.net.ssl.X509TrustManager) f.getTrustManagers()[0]).getAcceptedIssuers()[0];
    }

    @Test
    void loadAllNeedsAFolder() {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> ConnectorDefinitionLoader.loadAll(root.resolve("nowhere")));

        assertFalse(e.problems().isEmpty());
    }

    private void write(String yaml) throws IOException {
        Files.writeString(hr.resolve("connector.yaml"), yaml);
    }

    private void assertProblems(DefinitionProblem... expected) {
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class, () -> ConnectorDefinitionLoader.load(hr));
        assertEquals(List.of(expected), e.problems());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
