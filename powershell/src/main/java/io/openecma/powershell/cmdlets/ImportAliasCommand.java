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
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.runtime.ScopedItemOptions;
import io.openecma.powershell.runtime.SessionAlias;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Import-Alias as 5.1's ImportAliasCommand: reads an Export-Alias file (blank and '#' lines
 * skipped, every other line four CSV values name, definition, description, options) and sets each
 * alias in -Scope or the caller's scope; an alias that already exists is an AliasAlreadyExists
 * error unless -Force. Not done: 5.1's check that an alias would hide an existing command.
 */
final class ImportAliasCommand implements Cmdlet {

    static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Import-Alias", ImportAliasCommand::new,
                ParameterSpec.positional("Path", "string", 0).fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("LiteralPath", "string").fromPipeline(PipelineInput.BY_PROPERTY_NAME).withAliases("PSPath"),
                ParameterSpec.named("Scope", "string"),
                ParameterSpec.switchParameter("PassThru"),
                ParameterSpec.switchParameter("Force")).withAliases("ipal"));
    }

    @Override
    public void process(CommandContext c) {
        boolean literal = c.isBound("LiteralPath");
        String path = AliasFilePaths.checked(c, literal ? "LiteralPath" : "Path", "ImportAliasCommand");
        String provider = AliasFilePaths.providerOf(path);
        if (provider != null) {
            throw c.terminatingError("System.NotSupportedException", "Cannot import the alias because the specified path '" + path
                    + "' referred to a '" + provider + "' provider path. Change the value of the Path parameter to a file system path.",
                    "NotSupported", "NotSpecified");
        }
        Path file = file(c, path, literal);
        Scope named = VariableScopes.named(c);
        Scope target = named != null ? named : VariableScopes.caller(c);
        boolean force = c.switchPresent("Force");
        List<String> lines = lines(c, file);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.charAt(0) == '#') {
                continue;
            }
            List<String> values = parseCsv(line);
            if (values.size() != 4) {
                throw c.terminatingError("System.FormatException", "Cannot import an alias. Line number " + (n + 1) + " in the file '"
                        + file + "' is not a properly-formatted, comma-separated values (CSV) line for aliases. Change the line to "
                        + "contain four values separated by commas. If the value text itself contains a comma, then the value must "
                        + "be contained in quotation marks.", "ImportAliasFileFormatError", "ReadError");
            }
            long bits;
            try {
                bits = ScopedItemOptions.bitsOf(values.get(3));
            } catch (PSRuntimeException e) {
                c.writeError("System.ArgumentException", "Cannot import the alias because line number " + (n + 1) + " in the file '"
                        + file + "' contains an option that is not recognized for aliases. Change the file to contain valid options.",
                        "ImportAliasOptionsError", "ReadError", file.toString());
                continue;
            }
            String name = values.get(0);
            String key = name.toLowerCase(Locale.ROOT);
            if (!force && (named != null ? target.aliases().containsKey(key) : AliasCmdlets.visible(c, null).containsKey(key))) {
                c.writeError("System.Management.Automation.SessionStateException", "The alias is not allowed, because an alias with "
                        + "the name '" + name + "' already exists.", "AliasAlreadyExists", "ResourceExists", name);
                continue;
            }
            SessionAlias existing = target.aliases().get(key);
            if (existing != null && existing.has(ScopedItemOptions.Constant)) {
                c.writeError("System.Management.Automation.SessionStateUnauthorizedAccessException", "Alias is not writeable because "
                        + "alias " + name + " is read-only or constant and cannot be written to.", "AliasNotWritable", "WriteError", name);
                continue;
            }
            SessionAlias alias = new SessionAlias(name, values.get(1));
            alias.setOptionBits(bits);
            if (!values.get(2).isEmpty()) {
                alias.setDescription(values.get(2));
            }
            target.aliases().put(key, alias);
            if (c.switchPresent("PassThru")) {
                c.writeObject(new AliasInfo(name, values.get(1), null, ScopedItemOptions.of(bits), alias.description()));
            }
        }
    }

    /** The one file the path names; a wildcard matching several is 5.1's NotSupported error. */
    private static Path file(CommandContext c, String path, boolean literal) {
        String normalized = path.replace('\\', '/');
        int slash = normalized.lastIndexOf('/');
        String leaf = normalized.substring(slash + 1);
        List<Path> found = new ArrayList<>();
        if (literal || !Wildcard.containsWildcard(leaf)) {
            Path p = c.fileSystem().resolve(path);
            if (Files.exists(p) || literal) {
                found.add(p);
            }
        } else {
            Path dir = c.fileSystem().resolve(slash < 0 ? "." : slash == 0 ? "/" : normalized.substring(0, slash));
            Wildcard w = Wildcard.compile(leaf, false);
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                    for (Path p : entries) {
                        if (w.matches(p.getFileName().toString()) && c.fileSystem().isAllowed(p)) {
                            found.add(p);
                        }
                    }
                } catch (IOException e) {
                    throw openFailure(c, dir, e);
                }
            }
        }
        if (found.isEmpty()) {
            throw c.terminatingError("System.Management.Automation.ItemNotFoundException", "Cannot find path '" + path
                    + "' because it does not exist.", "PathNotFound", "ObjectNotFound");
        }
        if (found.size() > 1) {
            throw c.terminatingError("System.NotSupportedException", "Cannot import alias because path '" + path + "' contains "
                    + "wildcard characters that resolve to multiple paths. Aliases can be imported from only one file. Change the "
                    + "value of the Path parameter to a path that resolves to a single file.", "NotSupported", "NotSpecified");
        }
        return found.get(0);
    }

    /** The file's lines, decoded by its byte-order mark (StreamReader's detection; UTF-8 without one). */
    private static List<String> lines(CommandContext c, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw openFailure(c, file, e);
        }
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        }
        return List.of(new String(bytes, skip, bytes.length - skip, cs).split("\r\n|\r|\n", -1));
    }

    /**
     * One line as 5.1's CSVHelper.ParseCsv reads it: trimmed; a '#' line has no values; "" in quotes is
     * a quote; a quote followed by a comma ends the value; a trailing empty unquoted value is dropped.
     */
    static List<String> parseCsv(String text) {
        List<String> values = new ArrayList<>();
        String csv = text.strip();
        if (csv.isEmpty() || csv.charAt(0) == '#') {
            return values;
        }
        StringBuilder current = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (ch == ',') {
                if (inQuote) {
                    current.append(ch);
                } else {
                    values.add(current.toString());
                    current.setLength(0);
                }
            } else if (ch == '"') {
                if (!inQuote) {
                    inQuote = true;
                } else if (i == csv.length() - 1) {
                    values.add(current.toString());
                    current.setLength(0);
                    inQuote = false;
                } else if (csv.charAt(i + 1) == ',') {
                    values.add(current.toString());
                    current.setLength(0);
                    inQuote = false;
                    i++;
                } else if (csv.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    inQuote = false;
                }
            } else {
                current.append(ch);
            }
        }
        if (current.length() > 0) {
            values.add(current.toString());
        }
        return values;
    }

    private static PSRuntimeException openFailure(CommandContext c, Path file, IOException e) {
        return c.terminatingError("System.IO.IOException", "Cannot open file " + file + " to import the alias. " + e.getMessage(),
                "FileOpenFailure", "OpenError");
    }
}
