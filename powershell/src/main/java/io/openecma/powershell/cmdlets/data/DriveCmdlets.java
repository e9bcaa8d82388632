package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.host.DriveTable;
import io.openecma.powershell.host.DriveTable.Drive;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.openecma.powershell.types.providers.ProviderInfoValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Get-PSDrive, New-PSDrive, Remove-PSDrive and Get-PSProvider (Navigation.cs, NewPSDriveCommand,
 * GetProviderCommand.cs) over the session's {@link DriveTable}. Drives are session-wide (-Scope is
 * accepted, not honoured). A FileSystem drive's root must be a folder the engine may reach.
 */
final class DriveCmdlets {
    private DriveCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Get-PSDrive", GetDrive::new,
                        ParameterSpec.positional("Name", "string[]", 0).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("LiteralName", "string[]").fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("Scope", "string"),
                        ParameterSpec.named("PSProvider", "string[]").fromPipeline(PipelineInput.BY_PROPERTY_NAME))
                        .withAliases("gdr"),
                CmdletDefinition.of("New-PSDrive", NewDrive::new,
                        ParameterSpec.positional("Name", "string", 0).asMandatory()
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.positional("PSProvider", "string", 1).asMandatory()
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.positional("Root", "string", 2).asMandatory()
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME).allowing(ParameterSpec.Allow.EMPTY_STRING),
                        ParameterSpec.named("Description", "string").fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("Scope", "string").fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("Persist"),
                        ParameterSpec.named("Credential", "object")).withAliases("ndr", "mount"),
                CmdletDefinition.of("Remove-PSDrive", RemoveDrive::new,
                        ParameterSpec.positional("Name", "string[]", 0).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("LiteralName", "string[]").fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("PSProvider", "string[]").fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("Scope", "string"),
                        ParameterSpec.switchParameter("Force")).withAliases("rdr"),
                CmdletDefinition.of("Get-PSProvider", GetProvider::new,
                        ParameterSpec.positional("PSProvider", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME)));
    }

    /** The drives of the session: the table's, and "C" when the host maps {@code C:\} somewhere. */
    static List<Drive> drives(CommandContext ctx) {
        List<Drive> out = new ArrayList<>(ctx.fileSystem().drives().all());
        if (ctx.fileSystem().drives().get("C") == null && !ctx.fileSystem().mapped("C:\\").equals("C:\\")) {
            out.add(new Drive("C", "FileSystem", "C:\\", "", true));
        }
        out.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return out;
    }

    /** A PSDriveInfo: prints as its name; Used and Free for FileSystem drives, as 5.1's type data adds. */
    static PSObject info(CommandContext ctx, Drive d) {
        PSObject o = new PSObject(d.name());
        o.typeNames().add(0, "System.Management.Automation.PSDriveInfo");
        o.addNoteProperty("Name", d.name());
        o.addNoteProperty("Provider", ProviderInfos.of(ctx, d.provider()));
        o.addNoteProperty("Root", d.root());
        o.addNoteProperty("Description", d.description());
        o.addNoteProperty("CurrentLocation", "");
        o.addNoteProperty("DisplayRoot", null);
        Long used = null;
        Long free = null;
        if (d.isFileSystem()) {
            try {
                Path root = ctx.fileSystem().resolve(d.root());
                var store = Files.getFileStore(root);
                free = store.getUsableSpace();
                used = store.getTotalSpace() - store.getUnallocatedSpace();
            } catch (IOException | PSRuntimeException e) {
                used = 0L;
                free = 0L;
            }
        }
        o.addNoteProperty("Used", used);
        o.addNoteProperty("Free", free);
        return o;
    }

    private static boolean providerMatches(Drive d, List<String> providers) {
        return providers.isEmpty() || providers.stream().anyMatch(p -> ProviderInfos.sameProvider(p, d.provider()));
    }

    static final class GetDrive implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralName");
            List<String> names = CmdletArguments.strings(ctx, literal ? "LiteralName" : "Name");
            List<String> providers = CmdletArguments.strings(ctx, "PSProvider");
            for (String p : providers) {
                if (!Wildcard.containsWildcard(p) && !ProviderInfos.exists(p)) {
                    ctx.writeError("System.Management.Automation.ProviderNotFoundException",
                            "Cannot find a provider with the name '" + p + "'.",
                            "GetLocationNoMatchingDrive,Microsoft.PowerShell.Commands.GetPSDriveCommand",
                            "ObjectNotFound", p);
                    return;
                }
            }
            if (names.isEmpty()) {
                drives(ctx).stream().filter(d -> providerMatches(d, providers)).forEach(d -> ctx.writeObject(info(ctx, d)));
                return;
            }
            for (String name : names) {
                boolean wildcard = !literal && Wildcard.containsWildcard(name);
                Wildcard pattern = Wildcard.compile(literal ? Wildcard.escape(name) : name, false);
                List<Drive> found = drives(ctx).stream().filter(d -> pattern.matches(d.name()))
                        .filter(d -> providerMatches(d, providers)).toList();
                found.forEach(d -> ctx.writeObject(info(ctx, d)));
                if (found.isEmpty() && !wildcard) {
                    ctx.writeError("System.Management.Automation.DriveNotFoundException",
                            "Cannot find drive. A drive with the name '" + name + "' does not exist.",
                            "GetLocationNoMatchingDrive,Microsoft.PowerShell.Commands.GetPSDriveCommand",
                            "ObjectNotFound", name);
                }
            }
        }
    }

    static final class NewDrive implements Cmdlet {
        private static final String COMMAND = "Microsoft.PowerShell.Commands.NewPSDriveCommand";

        @Override
        public void process(CommandContext ctx) {
            String name = CmdletArguments.string(ctx, "Name");
            String provider = CmdletArguments.string(ctx, "PSProvider");
            String root = CmdletArguments.string(ctx, "Root");
            String canonical = ProviderInfos.canonical(provider);
            if (canonical == null) {
                ctx.writeError("System.Management.Automation.ProviderNotFoundException", "Cannot find a provider with "
                        + "the name '" + provider + "'.", "ProviderNotFound," + COMMAND, "ObjectNotFound", provider);
                return;
            }
            if (name.matches(".*[:/\\\\\\[\\]*?].*") || name.isEmpty()) {
                ctx.writeError("System.Management.Automation.PSArgumentException", "The drive name \"" + name
                        + "\" contains characters that are not valid.", "DriveNameIllegalCharacters," + COMMAND,
                        "InvalidArgument", name);
                return;
            }
            if (ctx.switchPresent("Persist")) {
                ctx.writeError("System.NotSupportedException", "When you use the Persist parameter, the root must be a "
                        + "file system location on a remote computer.", "DriveRootNotNetworkPath," + COMMAND,
                        "InvalidArgument", name);
                return;
            }
            String driveRoot = root == null ? "" : root;
            if (canonical.equals("FileSystem")) {
                Path folder;
                try {
                    folder = ctx.fileSystem().resolve(PathArguments.withoutFileSystemProvider(driveRoot));
                } catch (PSRuntimeException outside) {
                    folder = null;
                }
                if (folder == null || !Files.isDirectory(folder)) {
                    ctx.writeError("System.IO.IOException", "The specified drive root \"" + driveRoot
                            + "\" either does not exist, or it is not a folder.", "DriveRootError," + COMMAND,
                            "ReadError", name);
                    return;
                }
                driveRoot = folder.toString();
            }
            Drive drive = new Drive(name, canonical, driveRoot, CmdletArguments.string(ctx, "Description") == null ? ""
                    : CmdletArguments.string(ctx, "Description"), false);
            if (ctx.fileSystem().drives().get(name) != null || name.equalsIgnoreCase("C") && drives(ctx).stream()
                    .anyMatch(d -> d.name().equalsIgnoreCase("C"))) {
                ctx.writeError("System.Management.Automation.SessionStateException", "A drive with the name '" + name
                        + "' already exists.", "DriveAlreadyExists," + COMMAND, "ResourceExists", name);
                return;
            }
            ctx.fileSystem().drives().add(drive);
            ctx.writeObject(info(ctx, drive));
        }
    }

    static final class RemoveDrive implements Cmdlet {
        private static final String COMMAND = "Microsoft.PowerShell.Commands.RemovePSDriveCommand";

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralName");
            String parameter = literal ? "LiteralName" : "Name";
            List<String> providers = CmdletArguments.strings(ctx, "PSProvider");
            DriveTable table = ctx.fileSystem().drives();
            for (String name : PathArguments.paths(ctx, parameter, "RemovePSDriveCommand")) {
                boolean wildcard = !literal && Wildcard.containsWildcard(name);
                Wildcard pattern = Wildcard.compile(literal ? Wildcard.escape(name) : name, false);
                List<Drive> found = table.all().stream().filter(d -> pattern.matches(d.name()))
                        .filter(d -> providerMatches(d, providers)).toList();
                found.forEach(d -> {
                    table.remove(d.name());
                    ctx.fileSystem().locations().setDriveLocation(d.name(), null); // a new drive of that name starts at its root
                });
                if (found.isEmpty() && !wildcard) {
                    ctx.writeError("System.Management.Automation.DriveNotFoundException",
                            "Cannot find drive. A drive with the name '" + name + "' does not exist.",
                            "DriveNotFound," + COMMAND, "ObjectNotFound", name);
                }
            }
        }
    }

    static final class GetProvider implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            List<String> names = CmdletArguments.strings(ctx, "PSProvider");
            if (names.isEmpty()) {
                ProviderInfos.NAMES.forEach(n -> ctx.writeObject(ProviderInfos.of(ctx, n)));
                return;
            }
            for (String name : names) {
                Wildcard pattern = Wildcard.compile(name, false);
                List<String> found = ProviderInfos.NAMES.stream().filter(n -> pattern.matches(n)
                        || pattern.matches("Microsoft.PowerShell.Core\\" + n)).toList();
                found.forEach(n -> ctx.writeObject(ProviderInfos.of(ctx, n)));
                if (found.isEmpty() && !Wildcard.containsWildcard(name)) {
                    ctx.writeError("System.Management.Automation.ProviderNotFoundException",
                            "Cannot find a provider with the name '" + name + "'.",
                            "GetProvidersCommandProviderNotFound,Microsoft.PowerShell.Commands.GetPSProviderCommand",
                            "ObjectNotFound", name);
                }
            }
        }
    }

    /** The providers of this engine as ProviderInfo objects (5.1's names and capabilities). */
    static final class ProviderInfos {
        static final List<String> NAMES = List.of("Alias", "Environment", "FileSystem", "Function", "Variable");

        private ProviderInfos() {
        }

        static String canonical(String name) {
            if (name == null) {
                return null;
            }
            String bare = name.substring(name.lastIndexOf('\\') + 1);
            return NAMES.stream().filter(n -> n.equalsIgnoreCase(bare)).findFirst().orElse(null);
        }

        static boolean exists(String name) {
            return canonical(name) != null;
        }

        static boolean sameProvider(String pattern, String provider) {
            String bare = pattern.substring(pattern.lastIndexOf('\\') + 1);
            return Wildcard.compile(bare, false).matches(provider);
        }

        static ProviderInfoValue of(CommandContext ctx, String name) {
            String capabilities = name.equals("FileSystem") ? "Filter, ShouldProcess, Credentials"
                    : name.equals("Environment") || name.equals("Variable") || name.equals("Alias")
                    || name.equals("Function") ? "ShouldProcess" : "None";
            List<String> drives = new ArrayList<>();
            for (Drive d : DriveCmdlets.drives(ctx)) {
                if (d.provider().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    drives.add(d.name());
                }
            }
            return new ProviderInfoValue(name, capabilities, drives);
        }
    }
}
