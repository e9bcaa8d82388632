package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Get-FileHash as 5.1's script function (Microsoft.PowerShell.Utility.psm1) does it: -Path (wildcards)
 * or -LiteralPath (PSPath from the pipeline), -Algorithm from SHA1, SHA256 (default), SHA384, SHA512,
 * MD5; a directory is skipped; each file gives a custom object typed
 * "Microsoft.Powershell.Utility.FileHash" with Algorithm, Hash (upper-case hex) and Path. A path
 * that does not exist is Resolve-Path's PathNotFound error. MACTripleDES (a random key each call)
 * and RIPEMD160 have no JDK implementation, and -InputStream is not supported.
 */
final class GetFileHashCmdlet {
    private static final Map<String, String> ALGORITHMS = Map.of("SHA1", "SHA-1", "SHA256", "SHA-256", "SHA384", "SHA-384",
            "SHA512", "SHA-512", "MD5", "MD5");
    private static final List<String> VALID = List.of("SHA1", "SHA256", "SHA384", "SHA512", "MACTripleDES", "MD5", "RIPEMD160");

    private GetFileHashCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Get-FileHash", () -> GetFileHashCmdlet::process,
                ParameterSpec.positional("Path", "string[]", 0),
                ParameterSpec.named("LiteralPath", "string[]").fromPipeline(PipelineInput.BY_PROPERTY_NAME).withAliases("PSPath"),
                ParameterSpec.named("InputStream", "object"),
                ParameterSpec.named("Algorithm", "string"));
    }

    private static void process(CommandContext c) {
        String algorithm = c.isBound("Algorithm") ? LanguagePrimitives.toStringValue(c.parameter("Algorithm")) : "SHA256";
        String valid = VALID.stream().filter(a -> a.equalsIgnoreCase(algorithm)).findFirst().orElse(null);
        if (valid == null) {
            throw c.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot validate argument on parameter 'Algorithm'. The argument \"" + algorithm + "\" does not belong to the set \""
                            + String.join(",", VALID) + "\" specified by the ValidateSet attribute. Supply an argument that is in the set "
                            + "and then try the command again.", "ParameterArgumentValidationError", "InvalidData");
        }
        String javaName = ALGORITHMS.get(valid.toUpperCase(Locale.ROOT));
        if (javaName == null || c.isBound("InputStream")) {
            throw c.terminatingError("System.NotSupportedException", (javaName == null ? "The " + valid + " algorithm"
                    : "Get-FileHash -InputStream") + " is not supported by this engine.", "NotSupported", "NotImplemented");
        }
        boolean literal = c.isBound("LiteralPath");
        Object paths = literal ? c.parameter("LiteralPath") : c.parameter("Path");
        if (paths == null) {
            return;
        }
        for (Object p : LanguagePrimitives.toList(paths)) {
            String shown = LanguagePrimitives.toStringValue(p);
            List<Path> files = ScriptPaths.expand(c, shown, literal);
            if (files.isEmpty() || files.size() == 1 && !Files.exists(files.get(0))) {
                ScriptPaths.notFound(c, shown, "ResolvePathCommand");
                continue;
            }
            for (Path file : files) {
                if (Files.isDirectory(file)) {
                    continue;
                }
                hash(c, file, valid.toUpperCase(Locale.ROOT), javaName);
            }
        }
    }

    private static void hash(CommandContext c, Path file, String algorithm, String javaName) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance(javaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // The file is read and closed before the result goes down the pipeline (File.OpenRead, then Dispose).
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            // UtilityResources.FileReadError
            c.writeError("Microsoft.PowerShell.Commands.WriteErrorException", "Cannot read the file '" + file + "': " + e.getMessage(),
                    "FileReadError", "ReadError", file.toString());
            return;
        }
        PSObject result = new PSObject();
        result.setProperty("Algorithm", algorithm);
        result.setProperty("Hash", HexFormat.of().withUpperCase().formatHex(digest.digest()));
        result.setProperty("Path", file.toString());
        result.typeNames().add(0, "Microsoft.Powershell.Utility.FileHash");
        c.writeObject(result);
    }
}
