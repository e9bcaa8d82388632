package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.serialization.CliXmlReader;
import io.openecma.powershell.serialization.CliXmlWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Export-Clixml and Import-Clixml (5.1: Unicode files, -Depth 2 by default). */
final class ClixmlCmdlets {
    private ClixmlCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Export-Clixml", Export::new,
                        ParameterSpec.positional("Path", "string", 0),
                        ParameterSpec.named("LiteralPath", "string").withAliases("PSPath", "LP"),
                        ParameterSpec.named("InputObject", "object").asMandatory().fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.named("Depth", "int"),
                        ParameterSpec.switchParameter("Force"),
                        ParameterSpec.switchParameter("NoClobber"),
                        ParameterSpec.named("Encoding", "string")),
                CmdletDefinition.of("Import-Clixml", Import::new,
                        ParameterSpec.positional("Path", "string[]", 0).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath", "LP"),
                        ParameterSpec.named("First", "long"),
                        ParameterSpec.named("Skip", "long"),
                        ParameterSpec.switchParameter("IncludeTotalCount")));
    }

    /** -Path/-LiteralPath checks with 5.1's binding errors; env: and variable: are not file systems. */
    static String checkedPath(CommandContext ctx, String value, String parameter, String command) {
        if (value == null) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot bind argument to parameter '" + parameter + "' because it is null.",
                    "ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands." + command, "InvalidData");
        }
        if (value.isEmpty()) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                    "Cannot bind argument to parameter '" + parameter + "' because it is an empty string.",
                    "ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands." + command, "InvalidData");
        }
        if (ProviderPaths.isProviderPath(value)) {
            String provider = value.toLowerCase().startsWith("env:") ? "Environment" : "Variable";
            throw ctx.terminatingError("System.Management.Automation.PSInvalidOperationException",
                    "The current provider (Microsoft.PowerShell.Core\\" + provider + ") cannot open a file.",
                    "ReadWriteFileNotFileSystemProvider,Microsoft.PowerShell.Commands." + command, "InvalidArgument");
        }
        return value;
    }

    static final class Export implements Cmdlet {
        private final List<Object> objects = new ArrayList<>();
        private Path file;

        @Override
        public void begin(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            String path = checkedPath(ctx, CmdletArguments.string(ctx, literal ? "LiteralPath" : "Path"),
                    literal ? "LiteralPath" : "Path", "ExportClixmlCommand");
            file = ScriptPaths.resolve(ctx, path);
            if (ctx.switchPresent("NoClobber") && Files.exists(file)) {
                throw ctx.terminatingError("System.IO.IOException", "The file '" + file + "' already exists.",
                        "NoClobber,Microsoft.PowerShell.Commands.ExportClixmlCommand", "ResourceExists");
            }
        }

        @Override
        public void process(CommandContext ctx) {
            objects.add(ctx.parameter("InputObject"));
        }

        @Override
        public void end(CommandContext ctx) {
            Integer depth = CmdletArguments.integer(ctx, "Depth");
            ExecutionContext ec = ExecutionContext.current();
            String text;
            try {
                text = new CliXmlWriter(ec.options().dataProtection(), CmdletArguments.localZone())
                        .serialize(objects, depth == null ? 2 : depth);
            } catch (PSRuntimeException e) {
                throw ctx.terminatingError(e.typeName(), e.getMessage(),
                        "System.Security.Cryptography.CryptographicException,Microsoft.PowerShell.Commands.ExportClixmlCommand",
                        "NotSpecified");
            }
            FileText.write(file, text, CmdletArguments.encoding(ctx, FileEncodings.UNICODE), false);
        }
    }

    static final class Import implements Cmdlet {
        private ImportPaging paging;

        @Override
        public void begin(CommandContext ctx) {
            paging = ImportPaging.of(ctx);
        }

        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            List<String> paths = CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path");
            if (paths.isEmpty()) {
                checkedPath(ctx, null, literal ? "LiteralPath" : "Path", "ImportClixmlCommand");
            }
            for (String path : paths) {
                checkedPath(ctx, path, literal ? "LiteralPath" : "Path", "ImportClixmlCommand");
                List<Path> files = ScriptPaths.expand(ctx, path, literal);
                if (files.isEmpty() || !Files.exists(files.get(0))) {
                    ScriptPaths.notFound(ctx, files.isEmpty() ? path : files.get(0).toString(), "ImportClixmlCommand");
                    continue;
                }
                for (Path f : files) {
                    List<Object> objects;
                    try {
                        objects = new CliXmlReader(ExecutionContext.current().options().dataProtection())
                                .deserialize(FileText.read(f, FileEncodings.UTF8));
                    } catch (PSRuntimeException e) {
                        throw ctx.terminatingError(e.typeName(), e.getMessage(),
                                e.typeName() + ",Microsoft.PowerShell.Commands.ImportClixmlCommand", "NotSpecified");
                    }
                    paging.write(ctx, objects);
                }
            }
        }
    }
}
