package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.dotnet.CsvText;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Import-Csv, Export-Csv, ConvertFrom-Csv and ConvertTo-Csv with 5.1's rules (see {@link CsvText}). */
final class CsvCmdlets {
    private static final String DEFAULT_HEADERS_WARNING = "One or more headers were not specified. Default names "
            + "starting with \"H\" have been used in place of any missing headers.";

    private CsvCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Import-Csv", ImportCsv::new,
                        ParameterSpec.positional("Path", "string[]", 0).fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath"),
                        ParameterSpec.positional("Delimiter", "char", 1),
                        ParameterSpec.named("Header", "string[]"),
                        ParameterSpec.named("Encoding", "string"),
                        ParameterSpec.switchParameter("UseCulture")),
                CmdletDefinition.of("Export-Csv", ExportCsv::new, CsvQuoting.with(
                        ParameterSpec.positional("Path", "string", 0),
                        ParameterSpec.named("LiteralPath", "string").withAliases("PSPath"),
                        ParameterSpec.named("InputObject", "object").asMandatory().fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.positional("Delimiter", "char", 1),
                        ParameterSpec.switchParameter("NoTypeInformation").withAliases("NTI"),
                        ParameterSpec.switchParameter("Append"),
                        ParameterSpec.switchParameter("Force"),
                        ParameterSpec.switchParameter("NoClobber"),
                        ParameterSpec.switchParameter("UseCulture"),
                        ParameterSpec.named("Encoding", "string"))),
                CmdletDefinition.of("ConvertFrom-Csv", ConvertFromCsv::new,
                        ParameterSpec.positional("InputObject", "object[]", 0).asMandatory()
                                .fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.positional("Delimiter", "char", 1),
                        ParameterSpec.named("Header", "string[]"),
                        ParameterSpec.switchParameter("UseCulture")),
                CmdletDefinition.of("ConvertTo-Csv", ConvertToCsv::new, CsvQuoting.with(
                        ParameterSpec.positional("InputObject", "object", 0).asMandatory()
                                .fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.positional("Delimiter", "char", 1),
                        ParameterSpec.switchParameter("NoTypeInformation").withAliases("NTI"),
                        ParameterSpec.switchParameter("UseCulture"))));
    }

    private static char delimiter(CommandContext ctx) {
        Character d = CmdletArguments.character(ctx, "Delimiter");
        if (d == null && ctx.switchPresent("UseCulture")) {
            // -UseCulture: the current culture's TextInfo.ListSeparator (its first character)
            String separator = io.openecma.powershell.types.globalization.CurrentCultures.culture().getTextInfo().getListSeparator();
            return separator.isEmpty() ? ',' : separator.charAt(0);
        }
        return d == null ? ',' : d;
    }

    private static List<String> header(CommandContext ctx) {
        return ctx.isBound("Header") ? CmdletArguments.strings(ctx, "Header") : null;
    }

    /** Rows as PSCustomObjects; a #TYPE name is added to their type names with a "CSV:" prefix. */
    private static void emit(CommandContext ctx, CsvText.Table table) {
        if (table.defaultHeadersUsed()) {
            ctx.writeWarning(DEFAULT_HEADERS_WARNING);
        }
        for (List<String> row : table.rows()) {
            PSObject o = new PSObject();
            if (table.typeName() != null) {
                o.typeNames().add(0, "CSV:" + table.typeName());
            }
            for (int k = 0; k < table.headers().size(); k++) {
                o.addNoteProperty(table.headers().get(k), row.get(k));
            }
            ctx.writeObject(o);
        }
    }

    private static CsvText.Table read(CommandContext ctx, String text) {
        try {
            return CsvText.read(text, delimiter(ctx), header(ctx));
        } catch (CsvText.DuplicateHeaderException e) {
            throw ctx.terminatingError("System.Management.Automation.ExtendedTypeSystemException", e.getMessage(),
                    "AlreadyPresentPSMemberInfoInternalCollectionAdd,Microsoft.PowerShell.Commands."
                            + ctx.commandName().replace("-", "") + "Command", "NotSpecified");
        }
    }

    static final class ImportCsv implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            FileEncodings encoding = CmdletArguments.encoding(ctx, FileEncodings.DEFAULT);
            for (String path : CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path")) {
                List<Path> files = ScriptPaths.expand(ctx, path, literal);
                if (files.isEmpty() || !Files.isRegularFile(files.get(0))) {
                    ScriptPaths.notFound(ctx, files.isEmpty() ? path : files.get(0).toString(), "ImportCsvCommand");
                    continue;
                }
                for (Path file : files) {
                    emit(ctx, read(ctx, FileText.read(file, encoding)));
                }
            }
        }
    }

    static final class ConvertFromCsv implements Cmdlet {
        private final List<String> lines = new ArrayList<>();

        @Override
        public void process(CommandContext ctx) {
            lines.addAll(CmdletArguments.strings(ctx, "InputObject"));
        }

        @Override
        public void end(CommandContext ctx) {
            emit(ctx, read(ctx, String.join("\n", lines)));
        }
    }

    /** Shared by Export-Csv and ConvertTo-Csv: columns come from the first object. */
    private abstract static class CsvWriter implements Cmdlet {
        private List<String> columns;
        private final List<String> lines = new ArrayList<>();

        /** Columns already in an existing file (Export-Csv -Append), or null. */
        List<String> existingColumns(CommandContext ctx) {
            return null;
        }

        private CsvQuoting quoting;

        abstract String commandClass();

        @Override
        public void begin(CommandContext ctx) {
            quoting = CsvQuoting.of(ctx, commandClass());
        }

        @Override
        public void process(CommandContext ctx) {
            Object input = ctx.parameter("InputObject");
            char delimiter = delimiter(ctx);
            if (columns == null) {
                columns = existingColumns(ctx);
                if (columns == null) {
                    columns = new ArrayList<>(CsvObjects.properties(input).keySet());
                    boolean typeLine = ctx.switchPresent("IncludeTypeInformation") || !ctx.switchPresent("NoTypeInformation");
                    if (!ctx.switchPresent("NoHeader")) {
                        if (typeLine) {
                            lines.add(CsvObjects.typeLine(input));
                        }
                        lines.add(quoting.line(columns, columns, delimiter));
                    }
                }
            }
            lines.add(quoting.line(columns, CsvObjects.row(input, columns), delimiter));
        }

        List<String> lines() {
            return lines;
        }
    }

    static final class ConvertToCsv extends CsvWriter {
        @Override
        String commandClass() {
            return "Microsoft.PowerShell.Commands.ConvertToCsvCommand";
        }

        @Override
        public void end(CommandContext ctx) {
            lines().forEach(ctx::writeObject);
        }
    }

    static final class ExportCsv extends CsvWriter {
        private Path file;
        private boolean appendToExisting;

        @Override
        String commandClass() {
            return "Microsoft.PowerShell.Commands.ExportCsvCommand";
        }

        @Override
        public void begin(CommandContext ctx) {
            super.begin(ctx);
            if (ctx.switchPresent("Append") && ctx.switchPresent("NoHeader")) {
                throw ctx.terminatingError("System.InvalidOperationException",
                        "You must specify either the -Append or -NoHeader parameters, but not both.",
                        "CannotSpecifyBothAppendAndNoHeader,Microsoft.PowerShell.Commands.ExportCsvCommand", "InvalidData");
            }
            String path = CmdletArguments.string(ctx, ctx.isBound("LiteralPath") ? "LiteralPath" : "Path");
            if (path == null) {
                throw ctx.terminatingError("System.Management.Automation.PSArgumentException",
                        "Cannot perform operation because the path resolved to more than one file or no path was "
                                + "given.", "CannotSpecifyPathAndLiteralPath,Microsoft.PowerShell.Commands."
                                + "ExportCsvCommand", "InvalidData");
            }
            file = ScriptPaths.resolve(ctx, path);
            if (ctx.switchPresent("NoClobber") && !ctx.switchPresent("Append") && Files.exists(file)) {
                throw ctx.terminatingError("System.IO.IOException", "The file '" + file + "' already exists.",
                        "NoClobber,Microsoft.PowerShell.Commands.ExportCsvCommand", "ResourceExists");
            }
            appendToExisting = ctx.switchPresent("Append") && Files.exists(file);
        }

        @Override
        List<String> existingColumns(CommandContext ctx) {
            if (!appendToExisting) {
                return null;
            }
            CsvText.Table existing = CsvText.read(FileText.read(file, FileEncodings.ASCII), delimiter(ctx), null);
            return existing.headers().isEmpty() ? null : existing.headers();
        }

        @Override
        public void end(CommandContext ctx) {
            if (lines().isEmpty() && appendToExisting) {
                return;
            }
            FileEncodings encoding = CmdletArguments.encoding(ctx, FileEncodings.ASCII);
            StringBuilder text = new StringBuilder();
            for (String line : lines()) {
                text.append(line).append(FileText.NEWLINE);
            }
            FileText.write(file, text.toString(), encoding, appendToExisting);
        }
    }
}
