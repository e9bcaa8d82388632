package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.host.SessionLocations;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.PathInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.List;

/**
 * Get-Location, Set-Location, Push-Location and Pop-Location. Folders are the engine's confined
 * file system (host paths, as FullName shows them); {@code Env:}, {@code Variable:}, {@code Alias:} and
 * {@code Function:} are locations too ({@code Env:\}), though only the file cmdlets' own drives list them.
 */
final class LocationCmdlets {
    private LocationCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Get-Location", GetLocation::new,
                        ParameterSpec.switchParameter("Stack"),
                        ParameterSpec.named("StackName", "string[]"),
                        ParameterSpec.named("PSProvider", "string[]"),
                        ParameterSpec.named("PSDrive", "string[]")).withAliases("gl", "pwd"),
                CmdletDefinition.of("Set-Location", SetLocation::new,
                        ParameterSpec.positional("Path", "string", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("StackName", "string"),
                        ParameterSpec.switchParameter("PassThru")).withAliases("cd", "sl", "chdir"),
                CmdletDefinition.of("Push-Location", PushLocation::new,
                        ParameterSpec.positional("Path", "string", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("StackName", "string"),
                        ParameterSpec.switchParameter("PassThru")).withAliases("pushd"),
                CmdletDefinition.of("Pop-Location", PopLocation::new,
                        ParameterSpec.named("StackName", "string"),
                        ParameterSpec.switchParameter("PassThru")).withAliases("popd"));
    }

    /** The current location as a PathInfo. */
    static PathInfo current(CommandContext ctx) {
        String provider = ctx.fileSystem().locations().providerLocation();
        if (provider != null) {
            String drive = ProviderDrives.driveOf(provider);
            return PathInfo.provider(provider, drive, ProviderDrives.providerOf(drive));
        }
        String driveName = ctx.fileSystem().locations().fileSystemDrive();
        var drive = driveName == null ? null : ctx.fileSystem().drives().get(driveName);
        return DriveQualifiedPaths.pathInfo(ctx, drive, ctx.fileSystem().currentLocation());
    }

    private static String currentText(CommandContext ctx) {
        return current(ctx).getPath();
    }

    /**
     * Moves to {@code path}; false (with the error written) when it names no container. The errors are
     * 5.1's: DriveNotFound, PathNotFound and PathResolvedToMultiple (SessionStateStrings).
     */
    static boolean move(CommandContext ctx, String path, boolean literal, String commandClass) {
        SessionLocations locations = ctx.fileSystem().locations();
        String p = stripFileSystemProvider(path);
        String drive = ProviderDrives.driveOf(p);
        if (drive != null) {
            if (!ProviderDrives.rest(p).isEmpty()) {
                ScriptPaths.notFound(ctx, p, commandClass);
                return false;
            }
            locations.setProviderLocation(drive + ":\\");
            ctx.setVariable("global:PWD", current(ctx));
            return true;
        }
        String unknown = ProviderDrives.unknownDrive(ctx.fileSystem().mapped(p));
        if (unknown != null) {
            ctx.writeError("System.Management.Automation.DriveNotFoundException", "Cannot find drive. A drive with "
                    + "the name '" + unknown + "' does not exist.", "DriveNotFound,Microsoft.PowerShell.Commands."
                    + commandClass, "ObjectNotFound", unknown);
            return false;
        }
        String asGiven = p;
        p = remembered(ctx, p);
        List<Path> found = ScriptPaths.expand(ctx, p, literal).stream().filter(Files::isDirectory).toList();
        if (found.isEmpty()) {
            List<Path> named = ScriptPaths.expand(ctx, p, literal);
            ScriptPaths.notFound(ctx, named.isEmpty() ? p : named.get(0).toString(), commandClass);
            return false;
        }
        if (found.size() > 1) {
            ctx.writeError("System.Management.Automation.PSArgumentException", "Cannot set the location because "
                    + "path '" + p + "' resolved to multiple containers. You can only set the location to a single "
                    + "container at a time.", "Argument,Microsoft.PowerShell.Commands." + commandClass,
                    "InvalidArgument", p);
            return false;
        }
        ctx.fileSystem().setCurrentLocation(found.get(0).toString());
        locations.setProviderLocation(null);
        String newDrive = driveAfterMove(ctx, asGiven, found.get(0));
        locations.setFileSystemDrive(newDrive);
        if (newDrive != null) {
            locations.setDriveLocation(newDrive, found.get(0).toString());
        }
        ctx.setVariable("global:PWD", current(ctx));
        return true;
    }

    /**
     * {@code Name:} alone for a FileSystem drive other than the current one is that drive's own current
     * location (SessionState keeps one per drive), where an earlier Set-Location left it.
     */
    private static String remembered(CommandContext ctx, String path) {
        if (!path.endsWith(":") || path.indexOf(':') != path.length() - 1) {
            return path;
        }
        String name = path.substring(0, path.length() - 1);
        SessionLocations locations = ctx.fileSystem().locations();
        var drive = ctx.fileSystem().drives().get(name);
        String folder = locations.driveLocation(name);
        if (drive == null || !drive.isFileSystem() || folder == null || name.equalsIgnoreCase(locations.fileSystemDrive())
                || !Files.isDirectory(Path.of(folder))) {
            return path;
        }
        return folder;
    }

    /**
     * The drive the new location is shown on: the one the path names, or for a relative path the
     * current one while the location stays under its root (5.1 keeps the current drive).
     */
    private static String driveAfterMove(CommandContext ctx, String path, Path target) {
        var named = DriveQualifiedPaths.driveOf(ctx, path);
        if (named != null) {
            return named.name();
        }
        String current = ctx.fileSystem().locations().fileSystemDrive();
        boolean relative = !path.startsWith("/") && !path.startsWith("\\") && !path.matches("(?s)[^\\\\/]*:.*");
        if (current == null || !relative) {
            return null;
        }
        var drive = ctx.fileSystem().drives().get(current);
        return drive != null && DriveQualifiedPaths.onDrive(ctx, drive, target) != null ? current : null;
    }

    private static String stripFileSystemProvider(String path) {
        for (String prefix : new String[] {PathInfo.FILE_SYSTEM + "::", "FileSystem::"}) {
            if (path.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return path.substring(prefix.length());
            }
        }
        return path;
    }

    private static String target(CommandContext ctx) {
        return CmdletArguments.string(ctx, ctx.isBound("LiteralPath") ? "LiteralPath" : "Path");
    }

    static final class GetLocation implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            SessionLocations locations = ctx.fileSystem().locations();
            if (ctx.switchPresent("Stack") || ctx.isBound("StackName")) {
                List<String> names = CmdletArguments.strings(ctx, "StackName");
                for (String name : names.isEmpty() ? java.util.Collections.<String>singletonList(null) : names) {
                    Deque<String> stack = locations.stack(name, name == null);
                    if (stack == null) {
                        stackNotFound(ctx, name, "GetLocationCommand");
                        continue;
                    }
                    stack.forEach(entry -> ctx.writeObject(asPathInfo(entry)));
                }
                return;
            }
            ctx.writeObject(current(ctx));
        }
    }

    static final class SetLocation implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            if (ctx.isBound("StackName")) {
                String name = CmdletArguments.string(ctx, "StackName");
                ctx.fileSystem().locations().setDefaultStackName(name == null ? SessionLocations.DEFAULT_STACK : name);
                return;
            }
            String path = target(ctx);
            if (path == null) {
                return;
            }
            if (move(ctx, path, ctx.isBound("LiteralPath"), "SetLocationCommand") && ctx.switchPresent("PassThru")) {
                ctx.writeObject(current(ctx));
            }
        }
    }

    /** Push-Location: the current location goes on the stack, then Set-Location to the path if one is given. */
    static final class PushLocation implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            Deque<String> stack = ctx.fileSystem().locations().stack(CmdletArguments.string(ctx, "StackName"), true);
            String here = currentText(ctx);
            String path = target(ctx);
            if (path != null && !move(ctx, path, ctx.isBound("LiteralPath"), "PushLocationCommand")) {
                return;
            }
            stack.push(here);
            if (ctx.switchPresent("PassThru")) {
                ctx.writeObject(current(ctx));
            }
        }
    }

    /** Pop-Location: an empty default stack does nothing, as in 5.1. */
    static final class PopLocation implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            String name = CmdletArguments.string(ctx, "StackName");
            Deque<String> stack = ctx.fileSystem().locations().stack(name, name == null);
            if (stack == null) {
                stackNotFound(ctx, name, "PopLocationCommand");
                return;
            }
            if (stack.isEmpty()) {
                return;
            }
            if (move(ctx, stack.pop(), true, "PopLocationCommand") && ctx.switchPresent("PassThru")) {
                ctx.writeObject(current(ctx));
            }
        }
    }

    private static PathInfo asPathInfo(String location) {
        String drive = ProviderDrives.driveOf(location);
        return drive == null ? PathInfo.fileSystem(location)
                : PathInfo.provider(location, drive, ProviderDrives.providerOf(drive));
    }

    private static void stackNotFound(CommandContext ctx, String name, String commandClass) {
        ctx.writeError("System.Management.Automation.PSArgumentException",
                "Cannot find location stack '" + name + "'. It does not exist or it is not a container.",
                "Argument,Microsoft.PowerShell.Commands." + commandClass, "InvalidArgument", name);
    }
}
