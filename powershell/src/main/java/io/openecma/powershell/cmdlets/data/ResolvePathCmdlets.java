package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.PathInfo;
import io.openecma.powershell.types.io.ItemAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolve-Path and Convert-Path (ResolvePathCommand.cs, ConvertPathCommand.cs): a path, with its
 * wildcards expanded, to the items that exist, as PathInfo (Resolve-Path), as a path relative to
 * the current location (-Relative) or as the provider's own path (Convert-Path). A path that
 * names nothing is 5.1's non-terminating PathNotFound. As in 5.1's location globber, a wildcard
 * does not match hidden items (-Force for them is 7.4).
 */
final class ResolvePathCmdlets {
    private ResolvePathCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Resolve-Path", () -> new Resolver(true),
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("Relative"),
                        ParameterSpec.named("Credential", "object")).withAliases("rvpa"),
                CmdletDefinition.of("Convert-Path", () -> new Resolver(false),
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME)).withAliases("cvpa"));
    }

    static final class Resolver implements Cmdlet {
        private final boolean resolve;

        Resolver(boolean resolve) {
            this.resolve = resolve;
        }

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            String parameter = literal ? "LiteralPath" : "Path";
            String command = resolve ? "ResolvePathCommand" : "ConvertPathCommand";
            for (String path : PathArguments.paths(ctx, parameter, command)) {
                if (ProviderPaths.isProviderPath(path)) {
                    providerPath(ctx, path, command);
                    continue;
                }
                String fsPath = PathArguments.withoutFileSystemProvider(path);
                List<Path> found;
                try {
                    found = matches(ctx, fsPath, literal);
                } catch (PSRuntimeException outsideRoots) {
                    found = List.of();
                }
                if (found.isEmpty()) {
                    ScriptPaths.notFound(ctx, path, command);
                    continue;
                }
                var drive = DriveQualifiedPaths.driveOf(ctx, path);
                found.forEach(p -> write(ctx, p, drive));
            }
        }

        private static List<Path> matches(CommandContext ctx, String path, boolean literal) {
            List<Path> expanded = ScriptPaths.expand(ctx, path, literal);
            boolean wildcard = !literal && Wildcard.containsWildcard(path);
            List<Path> out = new ArrayList<>();
            for (Path p : expanded) {
                if (Files.exists(p) && !(wildcard && ItemAttributes.isHidden(p))) {
                    out.add(p);
                }
            }
            return out;
        }

        private void write(CommandContext ctx, Path p, io.openecma.powershell.host.DriveTable.Drive drive) {
            String text = p.toString();
            if (!resolve) {
                ctx.writeObject(text);
            } else if (ctx.switchPresent("Relative")) {
                ctx.writeObject(relative(ctx.fileSystem().currentLocation(), p));
            } else {
                ctx.writeObject(DriveQualifiedPaths.pathInfo(ctx, drive, p));
            }
        }

        private void providerPath(CommandContext ctx, String path, String command) {
            if (!ProviderPaths.exists(ctx, path)) {
                ScriptPaths.notFound(ctx, path, command);
                return;
            }
            String drive = ProviderDrives.driveOf(path);
            PathInfo info = PathInfo.provider(drive + ":\\" + ProviderDrives.rest(path), drive,
                    ProviderDrives.providerOf(drive));
            ctx.writeObject(resolve ? info : info.getProviderPath());
        }
    }

    /**
     * SessionState.Path.NormalizeRelativePath as Resolve-Path -Relative uses it: the path from the
     * current location, "..\" for each level up, starting with ".\" when it does not start with "."
     * (5.1 on Windows: "\" separators).
     */
    static String relative(Path base, Path target) {
        String rel = base.relativize(target).toString().replace('/', '\\');
        if (rel.isEmpty()) {
            return ".\\";
        }
        return rel.startsWith(".") ? rel : ".\\" + rel;
    }
}
