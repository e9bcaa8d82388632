package io.openecma.powershell.cmdlets;

import io.openecma.powershell.cmdlets.results.AliasInfo;
import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.facades.EnvironmentStatics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Export-Alias as 5.1's ExportAliasCommand: the aliases whose names match -Name (from -Scope or all
 * visible) are written in UTF-16 after a {@code # Alias File} header, as CSV lines
 * {@code "name","definition","description","options"} or as {@code set-alias} lines (-As Script).
 * The file is opened as PathUtils.MasterStreamOpen does (-Append, -Force over a read-only file,
 * -NoClobber); a wildcard path that names several files is refused.
 */
final class ExportAliasCommand implements Cmdlet {
    private static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm:ss a", Locale.US);

    private final List<AliasInfo> matching = new ArrayList<>();

    static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Export-Alias", ExportAliasCommand::new,
                ParameterSpec.positional("Path", "string", 0),
                ParameterSpec.named("LiteralPath", "string").fromPipeline(PipelineInput.BY_PROPERTY_NAME).withAliases("PSPath"),
                ParameterSpec.positional("Name", "string[]", 1).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                ParameterSpec.switchParameter("PassThru"),
                ParameterSpec.named("As", "string"),
                ParameterSpec.switchParameter("Append"),
                ParameterSpec.switchParameter("Force"),
                ParameterSpec.switchParameter("NoClobber").withAliases("NoOverwrite"),
                ParameterSpec.named("Description", "string"),
                ParameterSpec.named("Scope", "string")).withAliases("epal"));
    }

    @Override
    public void process(CommandContext c) {
        List<AliasInfo> table = new ArrayList<>(AliasCmdlets.visible(c, VariableScopes.named(c)).values());
        Object names = c.parameter("Name");
        for (Object n : names == null ? List.<Object>of("*") : LanguagePrimitives.toList(names)) {
            String pattern = LanguagePrimitives.toStringValue(n);
            Wildcard w = Wildcard.compile(pattern, false);
            boolean found = false;
            for (AliasInfo a : table) {
                if (w.matches(a.getName())) {
                    matching.add(a);
                    found = true;
                }
            }
            if (!found && !Wildcard.containsWildcard(pattern)) {
                c.writeError("System.Management.Automation.ItemNotFoundException", "This command cannot find a matching alias "
                        + "because an alias with the name '" + pattern + "' does not exist.", "AliasNotFound", "ObjectNotFound", pattern);
            }
        }
    }

    @Override
    public void end(CommandContext c) {
        boolean script = c.isBound("As") && asScript(c);
        Path file = target(c);
        StringBuilder text = new StringBuilder();
        header(c, text);
        for (AliasInfo a : matching) {
            String format = script ? "set-alias -Name:\"%s\" -Value:\"%s\" -Description:\"%s\" -Option:\"%s\""
                    : "\"%s\",\"%s\",\"%s\",\"%s\"";
            text.append(String.format(Locale.ROOT, format, a.getName(), a.getDefinition(),
                    a.getDescription() == null ? "" : a.getDescription(), LanguagePrimitives.toStringValue(a.getOptions()))).append("\r\n");
        }
        write(c, file, text.toString());
        if (c.switchPresent("PassThru")) {
            matching.forEach(c::writeObject);
        }
    }

    private static boolean asScript(CommandContext c) {
        String as = LanguagePrimitives.toStringValue(c.parameter("As"));
        if (as.equalsIgnoreCase("Script")) {
            return true;
        }
        if (as.equalsIgnoreCase("Csv")) {
            return false;
        }
        throw c.terminatingError("System.Management.Automation.ParameterBindingException", "Cannot bind parameter 'As'. Cannot "
                + "convert value \"" + as + "\" to type \"Microsoft.PowerShell.Commands.ExportAliasFormat\". Error: \"Unable to match "
                + "the identifier name " + as + " to a valid enumerator name. Specify one of the following enumerator names and try "
                + "again:\r\nCsv, Script\"", "CannotConvertArgumentNoMessage", "InvalidArgument");
    }

    private static void header(CommandContext c, StringBuilder text) {
        text.append("# Alias File\r\n");
        text.append("# Exported by : ").append(EnvironmentStatics.getUserName()).append("\r\n");
        text.append("# Date/Time : ").append(LocalDateTime.now().format(FULL_DATE)).append("\r\n");
        text.append("# Computer : ").append(EnvironmentStatics.getMachineName()).append("\r\n");
        if (c.isBound("Description") && c.parameter("Description") != null) {
            String description = LanguagePrimitives.toStringValue(c.parameter("Description")).replace("\n", "\n# ");
            text.append("#\r\n# ").append(description).append("\r\n");
        }
    }

    /** The one file -Path names; a wildcard that matches several is ReadWriteMultipleFilesNotSupported. */
    private static Path target(CommandContext c) {
        boolean literal = c.isBound("LiteralPath");
        String path = AliasFilePaths.checked(c, literal ? "LiteralPath" : "Path", "ExportAliasCommand");
        String provider = AliasFilePaths.providerOf(path);
        if (provider != null) {
            throw c.terminatingError("System.Management.Automation.PSInvalidOperationException", "The current provider ("
                    + provider + ") cannot open a file.", "ReadWriteFileNotFileSystemProvider", "InvalidArgument");
        }
        String normalized = path.replace('\\', '/');
        int slash = normalized.lastIndexOf('/');
        String leaf = normalized.substring(slash + 1);
        if (literal || !Wildcard.containsWildcard(leaf)) {
            return c.fileSystem().resolve(path);
        }
        Path dir = c.fileSystem().resolve(slash < 0 ? "." : slash == 0 ? "/" : normalized.substring(0, slash));
        Wildcard w = Wildcard.compile(leaf, false);
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (w.matches(p.getFileName().toString()) && c.fileSystem().isAllowed(p)) {
                        found.add(p);
                    }
                }
            } catch (IOException e) {
                throw openFailure(c, e);
            }
        }
        if (found.size() > 1) {
            throw c.terminatingError("System.Management.Automation.PSInvalidOperationException", "Cannot perform operation because "
                    + "the path resolved to more than one file. This command cannot operate on multiple files.",
                    "ReadWriteMultipleFilesNotSupported", "InvalidArgument");
        }
        return found.isEmpty() ? c.fileSystem().resolve(path) : found.get(0);
    }

    private static void write(CommandContext c, Path file, String text) {
        boolean append = c.switchPresent("Append");
        if (c.switchPresent("NoClobber") && !append && Files.exists(file)) {
            throw c.terminatingError("System.IO.IOException", "File " + file + " already exists and NoClobber was specified.",
                    "NoClobber", "ResourceExists");
        }
        boolean readOnly = Files.exists(file) && !Files.isWritable(file);
        if (readOnly && !c.switchPresent("Force")) {
            throw openFailure(c, new IOException("Access to the path '" + file + "' is denied."));
        }
        try {
            if (readOnly) {
                file.toFile().setWritable(true);
            }
            boolean bom = !append || !Files.exists(file) || Files.size(file) == 0;
            byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
            byte[] bytes = bom ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body) : body;
            if (append) {
                Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw openFailure(c, e);
        } finally {
            if (readOnly) {
                file.toFile().setWritable(false);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static PSRuntimeException openFailure(CommandContext c, IOException e) {
        String type = e instanceof java.nio.file.NoSuchFileException ? "System.IO.DirectoryNotFoundException"
                : e instanceof java.nio.file.AccessDeniedException ? "System.UnauthorizedAccessException" : "System.IO.IOException";
        return c.terminatingError(type, e.getMessage(), "FileOpenFailure", "OpenError");
    }
}
