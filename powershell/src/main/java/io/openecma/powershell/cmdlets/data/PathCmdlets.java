package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.types.facades.PathStatics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Join-Path, Split-Path and Test-Path ({@code Test-Path variable:global:x} and {@code env:NAME}
 * ask the engine). Path text follows Windows PowerShell 5.1 on Windows:
 * "/" and "\" both separate, results use "\" ({@code Join-Path a b} is {@code a\b}); the engine's
 * confinement accepts either when the path is used.
 */
final class PathCmdlets {
    private PathCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Join-Path", JoinPath::new,
                        ParameterSpec.positional("Path", "string[]", 0).asMandatory()
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME).withAliases("PSPath"),
                        ParameterSpec.positional("ChildPath", "string", 1).asMandatory()
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME).allowing(ParameterSpec.Allow.NULL, ParameterSpec.Allow.EMPTY_STRING),
                        // 6.0+ (additive, JoinPathCommand.cs): further child paths joined in order; -Extension 7.5
                        ParameterSpec.positional("AdditionalChildPath", "string[]", 2).remainingArguments(),
                        ParameterSpec.named("Extension", "string").fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("Resolve")),
                CmdletDefinition.of("Split-Path", SplitPath::new,
                        ParameterSpec.positional("Path", "string[]", 0).asMandatory()
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath"),
                        ParameterSpec.switchParameter("Parent"),
                        ParameterSpec.switchParameter("Leaf"),
                        ParameterSpec.switchParameter("Qualifier"),
                        ParameterSpec.switchParameter("NoQualifier"),
                        ParameterSpec.switchParameter("IsAbsolute"),
                        ParameterSpec.switchParameter("Resolve")),
                CmdletDefinition.of("Test-Path", TestPath::new,
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath"),
                        ParameterSpec.named("PathType", "string").withAliases("Type"),
                        ParameterSpec.switchParameter("IsValid"),
                        // the FileSystem provider's dynamic parameters (FileSystemProvider.ItemExists)
                        ParameterSpec.named("OlderThan", "object"),
                        ParameterSpec.named("NewerThan", "object")));
    }

    private static String windows(String path) {
        return path.replace('/', '\\');
    }

    /** Joins like the 5.1 FileSystem provider: one "\" between the parts. */
    static String join(String parent, String child) {
        if (parent.startsWith("/")) {
            return joinHostPath(parent, child);
        }
        String p = windows(parent);
        String c = windows(child);
        while (p.endsWith("\\") && p.length() > 1 && !p.matches("[A-Za-z]:\\\\")) {
            p = p.substring(0, p.length() - 1);
        }
        while (c.startsWith("\\")) {
            c = c.substring(1);
        }
        if (p.endsWith("\\")) {
            return p + c;
        }
        return p + "\\" + c;
    }

    /**
     * A parent that is this host's own absolute path (the engine's roots, $TestDrive, FullName on
     * Linux) keeps "/", so a joined path compares equal to the item's FullName; 5.1 never sees such
     * paths, so its "\\" rule is kept for every Windows-shaped path.
     */
    private static String joinHostPath(String parent, String child) {
        String p = parent.replaceAll("/+$", "");
        String c = child.replace('\\', '/').replaceAll("^/+", "");
        return c.isEmpty() ? p + "/" : p + "/" + c;
    }

    static final class JoinPath implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            String child = CmdletArguments.string(ctx, "ChildPath");
            List<String> more = CmdletArguments.strings(ctx, "AdditionalChildPath");
            String extension = ctx.isBound("Extension") ? extension(ctx) : null;
            for (String path : CmdletArguments.strings(ctx, "Path")) {
                String joined = join(path == null ? "" : path, child == null ? "" : child);
                for (String next : more) {
                    joined = join(joined, next == null ? "" : next);
                }
                if (extension != null) {
                    joined = PathStatics.ChangeExtension(joined, extension.isEmpty() ? null : extension);
                }
                if (!ctx.switchPresent("Resolve")) {
                    ctx.writeObject(joined);
                    continue;
                }
                List<Path> found = ScriptPaths.expand(ctx, joined, false);
                if (found.isEmpty() || !Files.exists(found.get(0))) {
                    ScriptPaths.notFound(ctx, joined, "JoinPathCommand");
                    continue;
                }
                found.forEach(p -> ctx.writeObject(p.toString()));
            }
        }
    }

    /** -Extension is [ValidateNotNull] (CombinePathCommand.cs); "" removes the extension. */
    private static String extension(CommandContext ctx) {
        Object value = ctx.parameter("Extension");
        if (value == null) {
            throw new PSRuntimeException("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot validate argument on parameter 'Extension'. The argument is null. Provide a valid value for the "
                            + "argument, and then try running the command again.")
                    .withError("ParameterArgumentValidationError",
                            "InvalidData", null);
        }
        return CmdletArguments.string(ctx, "Extension");
    }

    static final class SplitPath implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            for (String raw : CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path")) {
                String path = windows(raw == null ? "" : raw);
                if (ctx.switchPresent("IsAbsolute") && ctx.switchPresent("Resolve")) {
                    // -Resolve resolves first (SplitPathCommand): every resolved path is absolute
                    List<Path> found = ScriptPaths.expand(ctx, raw == null ? "" : raw, literal).stream()
                            .filter(Files::exists).toList();
                    if (found.isEmpty()) {
                        ScriptPaths.notFound(ctx, raw, "SplitPathCommand");
                    }
                    found.forEach(p -> ctx.writeObject(true));
                } else if (ctx.switchPresent("Resolve") && !ctx.switchPresent("Qualifier")
                        && !ctx.switchPresent("NoQualifier") && !ctx.switchPresent("IsAbsolute")) {
                    // -Resolve: each path the (wildcard) path resolves to is split (SplitPathCommand)
                    List<Path> found = ScriptPaths.expand(ctx, raw == null ? "" : raw, literal).stream()
                            .filter(Files::exists).toList();
                    if (found.isEmpty()) {
                        ScriptPaths.notFound(ctx, raw, "SplitPathCommand");
                    }
                    // the path keeps the form it was given in (TestDrive:\x); only a wildcard leaf is replaced
                    boolean leaf = ctx.switchPresent("Leaf");
                    for (Path p : found) {
                        ctx.writeObject(leaf ? (p.getFileName() == null ? "" : p.getFileName().toString()) : parent(path));
                    }
                } else if (ctx.switchPresent("IsAbsolute")) {
                    ctx.writeObject(path.startsWith("\\") || path.matches("(?s)[A-Za-z]:\\\\.*"));
                } else if (ctx.switchPresent("Qualifier")) {
                    int colon = path.indexOf(':');
                    if (colon < 0) {
                        ctx.writeError("System.Management.Automation.ParameterBindingException",
                                "Cannot parse path because path '" + raw + "' does not have a qualifier specified.",
                                "ParsePathFailed,Microsoft.PowerShell.Commands.SplitPathCommand", "InvalidArgument",
                                raw);
                        continue;
                    }
                    ctx.writeObject(path.substring(0, colon + 1));
                } else if (ctx.switchPresent("NoQualifier")) {
                    int colon = path.indexOf(':');
                    ctx.writeObject(colon < 0 ? path : path.substring(colon + 1));
                } else if (ctx.switchPresent("Leaf")) {
                    ctx.writeObject(leaf(path));
                } else {
                    ctx.writeObject(parent(path));
                }
            }
        }

        private static String trimEnd(String path) {
            String p = path;
            while (p.length() > 1 && p.endsWith("\\") && !p.matches("[A-Za-z]:\\\\")) {
                p = p.substring(0, p.length() - 1);
            }
            return p;
        }

        static String leaf(String path) {
            String p = trimEnd(path);
            if (p.matches("[A-Za-z]:\\\\?") || p.equals("\\")) {
                return "";
            }
            return p.substring(p.lastIndexOf('\\') + 1);
        }

        static String parent(String path) {
            String p = trimEnd(path);
            if (p.matches("[A-Za-z]:\\\\?") || p.equals("\\")) {
                return "";
            }
            int slash = p.lastIndexOf('\\');
            if (slash < 0) {
                return "";
            }
            String parent = p.substring(0, slash);
            if (parent.isEmpty()) {
                return "\\";
            }
            return parent.matches("[A-Za-z]:") ? parent + "\\" : parent;
        }
    }

    static final class TestPath implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            String type = CmdletArguments.string(ctx, "PathType");
            String kind = type == null ? "any" : type.toLowerCase(Locale.ROOT);
            if (!List.of("any", "container", "leaf").contains(kind)) {
                throw ctx.terminatingError("System.Management.Automation.ParameterBindingException",
                        "Cannot bind parameter 'PathType'. Cannot convert value \"" + type + "\" to type "
                                + "\"Microsoft.PowerShell.Commands.TestPathType\". Error: \"Unable to match the "
                                + "identifier name " + type + " to a valid enumerator name. Specify one of the "
                                + "following enumerator names and try again: Any, Container, Leaf\"",
                        "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.TestPathCommand",
                        "InvalidArgument");
            }
            String parameter = literal ? "LiteralPath" : "Path";
            List<String> paths = CmdletArguments.strings(ctx, parameter);
            if (paths.isEmpty() && ctx.isBound(parameter)) {
                // Test-Path $null: 5.1's mandatory -Path refuses null (7.x writes NullPathNotPermitted instead)
                PathArguments.checked(ctx, null, parameter, "TestPathCommand");
            }
            for (String path : paths) {
                if (path == null || path.isEmpty()) {
                    throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                            "Cannot bind argument to parameter 'Path' because it is " + (path == null ? "null."
                                    : "an empty string."),
                            "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.TestPathCommand",
                            "InvalidData");
                }
                if (ctx.switchPresent("IsValid")) {
                    ctx.writeObject(isValid(path));
                    continue;
                }
                SessionItemPath session = SessionItemPath.of(ctx, path);
                ctx.writeObject(session != null ? SessionItemCommands.exists(ctx, session, kind)
                        : exists(ctx, ProviderPaths.qualified(ctx, path), literal, kind));
            }
        }

        /**
         * FileSystemProvider.IsValidPath builds a FileInfo: .NET Framework's path check refuses
         * {@code " < > |}, control characters and, on a file-system path, the wildcards {@code * ?}.
         */
        private static boolean isValid(String path) {
            if (path.chars().anyMatch(c -> c == '"' || c == '<' || c == '>' || c == '|' || c < 32)) {
                return false;
            }
            int qualifier = path.indexOf("::");
            boolean fileSystem = qualifier < 0 ? ProviderDrives.driveOf(path) == null
                    : path.substring(0, qualifier).toLowerCase(Locale.ROOT).endsWith("filesystem");
            return !fileSystem || path.chars().noneMatch(c -> c == '*' || c == '?');
        }

        private static boolean exists(CommandContext ctx, String path, boolean literal, String kind) {
            if (ProviderPaths.isProviderPath(path)) {
                return !kind.equals("container") && ProviderPaths.exists(ctx, path);
            }
            List<Path> found;
            try {
                found = ScriptPaths.expand(ctx, path, literal);
            } catch (PSRuntimeException outsideRoots) {
                return false;
            }
            for (Path p : found) {
                boolean ok = switch (kind) {
                    case "container" -> Files.isDirectory(p);
                    case "leaf" -> Files.isRegularFile(p);
                    default -> Files.exists(p);
                };
                if (ok && WriteTimeWindow.of(ctx).contains(p)) {
                    return true;
                }
            }
            return false;
        }
    }
}
