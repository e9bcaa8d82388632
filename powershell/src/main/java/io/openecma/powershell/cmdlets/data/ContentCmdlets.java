package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Get-Content, Set-Content, Add-Content and Out-File. Lines are written with CRLF; the default
 * encodings are 5.1's (see {@link FileEncodings}).
 */
final class ContentCmdlets {
    private ContentCmdlets() {
    }

    static List<CmdletDefinition> definitions() {
        return List.of(
                CmdletDefinition.of("Get-Content", GetContent::new, ItemFilter.with(
                        ParameterSpec.positional("Path", "string[]", 0)
                                .fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                        ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath")
                                .fromPipeline(PipelineInput.BY_PROPERTY_NAME),
                        ParameterSpec.switchParameter("Raw"),
                        ParameterSpec.named("TotalCount", "long").withAliases("First", "Head"),
                        ParameterSpec.named("Tail", "int").withAliases("Last"),
                        ParameterSpec.named("ReadCount", "long"),
                        ParameterSpec.named("Delimiter", "string"),
                        ParameterSpec.named("Encoding", "string"),
                        ParameterSpec.switchParameter("Force"))).withAliases("gc", "cat", "type"),
                CmdletDefinition.of("Set-Content", () -> new WriteContent(false, FileEncodings.DEFAULT),
                        writeParameters("Value")).withAliases("sc"),
                CmdletDefinition.of("Add-Content", () -> new WriteContent(true, FileEncodings.DEFAULT),
                        writeParameters("Value")).withAliases("ac"),
                CmdletDefinition.of("Out-File", OutFile::new,
                        ParameterSpec.positional("FilePath", "string", 0).withAliases("Path"),
                        ParameterSpec.named("LiteralPath", "string").withAliases("PSPath"),
                        ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                        ParameterSpec.positional("Encoding", "string", 1),
                        ParameterSpec.switchParameter("Append"),
                        ParameterSpec.switchParameter("Force"),
                        ParameterSpec.switchParameter("NoClobber").withAliases("NoOverwrite"),
                        ParameterSpec.switchParameter("NoNewline"),
                        ParameterSpec.named("Width", "int")));
    }

    private static ParameterSpec[] writeParameters(String valueName) {
        return ItemFilter.with(
            ParameterSpec.positional("Path", "string[]", 0).fromPipeline(PipelineInput.BY_PROPERTY_NAME),
            ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath"),
            ParameterSpec.positional(valueName, "object[]", 1).asMandatory().fromPipeline(PipelineInput.BY_VALUE)
                    .allowing(ParameterSpec.Allow.NULL, ParameterSpec.Allow.EMPTY_COLLECTION),
            ParameterSpec.named("Encoding", "string"),
            ParameterSpec.switchParameter("NoNewline"),
            ParameterSpec.switchParameter("Force"),
            ParameterSpec.switchParameter("PassThru"));
    }

    static final class GetContent implements Cmdlet {
        @Override
        public void process(CommandContext ctx) {
            boolean literal = ctx.isBound("LiteralPath");
            boolean bytes = isByteEncoding(ctx);
            FileEncodings encoding = bytes ? FileEncodings.DEFAULT : CmdletArguments.encoding(ctx, FileEncodings.DEFAULT);
            if (!GetContentChecks.parametersAgree(ctx)) {
                return;
            }
            for (String path : CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path")) {
                path = ProviderPaths.qualified(ctx, path);
                if (ProviderPaths.isProviderPath(path) && !GetContentChecks.tailSupported(ctx)) {
                    continue;
                }
                if (ProviderPaths.isProviderPath(path)) {
                    if (ProviderPaths.exists(ctx, path)) {
                        ctx.writeObject(ctx.variable(ProviderPaths.normalized(path)));
                    } else {
                        ScriptPaths.notFound(ctx, path, "GetContentCommand");
                    }
                    continue;
                }
                List<Path> files = ScriptPaths.expand(ctx, path, literal);
                ItemFilter filter = ItemFilter.of(ctx);
                if (files.isEmpty() || !Files.exists(files.get(0))) {
                    if (!filter.isActive() || files.isEmpty() && !io.openecma.powershell.dotnet.Wildcard.containsWildcard(path)) {
                        ScriptPaths.notFound(ctx, files.isEmpty() ? path : files.get(0).toString(), "GetContentCommand");
                    }
                    continue;
                }
                for (Path file : files.stream().filter(filter::accepts).toList()) {
                    if (Files.isDirectory(file)) {
                        ctx.writeError("System.UnauthorizedAccessException", "Access to the path '" + file
                                + "' is denied.", "GetContentReaderUnauthorizedAccessError,"
                                + "Microsoft.PowerShell.Commands.GetContentCommand", "PermissionDenied", path);
                        continue;
                    }
                    ctx.checkCancelled();
                    if (bytes) {
                        emitBytes(ctx, file);
                    } else {
                        emit(ctx, FileText.read(file, encoding));
                    }
                }
            }
        }

        /** -Encoding Byte: System.Byte items, or one byte[] with -Raw or -ReadCount 0. */
        private static void emitBytes(CommandContext ctx, Path file) {
            byte[] data;
            io.openecma.powershell.runtime.limits.MemoryBudget.file(file, false);
            try {
                data = Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw FileText.ioError(e, file);
            }
            Integer readCount = CmdletArguments.integer(ctx, "ReadCount");
            if (ctx.switchPresent("Raw") || readCount != null && readCount <= 0) {
                ctx.writeObject(data);
                return;
            }
            Integer total = CmdletArguments.integer(ctx, "TotalCount");
            int n = total != null && total >= 0 ? Math.min(total, data.length) : data.length;
            for (int k = 0; k < n; k++) {
                ctx.writeObject(data[k]);
            }
        }

        private static void emit(CommandContext ctx, String text) {
            if (ctx.switchPresent("Raw")) {
                if (!text.isEmpty()) {
                    ctx.writeObject(text);
                }
                return;
            }
            List<String> lines = ctx.isBound("Delimiter")
                    ? DelimitedText.split(text, CmdletArguments.string(ctx, "Delimiter")) : FileText.lines(text);
            Integer total = CmdletArguments.integer(ctx, "TotalCount");
            if (total != null && total >= 0 && total < lines.size()) {
                lines = lines.subList(0, total);
            }
            Integer tail = CmdletArguments.integer(ctx, "Tail");
            if (tail != null && tail >= 0 && tail < lines.size()) {
                lines = lines.subList(lines.size() - tail, lines.size());
            }
            Integer readCount = CmdletArguments.integer(ctx, "ReadCount");
            if (readCount != null && readCount != 1) {
                int chunk = readCount <= 0 ? Math.max(1, lines.size()) : readCount;
                for (int k = 0; k < lines.size(); k += chunk) {
                    ctx.writeObject(lines.subList(k, Math.min(lines.size(), k + chunk)).toArray());
                }
                return;
            }
            lines.forEach(ctx::writeObject);
        }
    }

    /** 5.1's -Encoding Byte: raw bytes instead of text. */
    private static boolean isByteEncoding(CommandContext ctx) {
        return "byte".equalsIgnoreCase(CmdletArguments.string(ctx, "Encoding"));
    }

    /** The bytes of -Encoding Byte values: bytes, numbers 0-255, byte arrays. */
    private static void appendBytes(Object value, java.io.ByteArrayOutputStream out) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof byte[] array) {
            out.writeBytes(array);
            return;
        }
        for (Object item : LanguagePrimitives.toList(v)) {
            Object b = LanguagePrimitives.base(item);
            if (b instanceof Number n) {
                out.write(n.intValue() & 0xFF);
            }
        }
    }

    /** Text for one written item: its ToString(), collections one element a line. */
    static void appendItems(Object value, List<String> out) {
        for (Object item : LanguagePrimitives.toList(value)) {
            String text = CsvObjects.text(item);
            if (text != null) {
                out.add(text);
            }
        }
    }

    static String joined(List<String> items, boolean noNewline) {
        if (noNewline) {
            return String.join("", items);
        }
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            sb.append(item).append(FileText.NEWLINE);
        }
        return sb.toString();
    }

    /** Add-Content variable:x: the old value(s) followed by the new items. */
    private static Object[] appended(Object old, List<String> items) {
        List<Object> all = new ArrayList<>(io.openecma.powershell.runtime.LanguagePrimitives.toList(old));
        all.addAll(items);
        return all.toArray();
    }

    /** Set-Content and Add-Content: gather the values, write once at the end. */
    static final class WriteContent implements Cmdlet {
        private final boolean append;
        private final FileEncodings defaultEncoding;
        private final List<String> items = new ArrayList<>();
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        private List<String> paths;
        private boolean literal;

        WriteContent(boolean append, FileEncodings defaultEncoding) {
            this.append = append;
            this.defaultEncoding = defaultEncoding;
        }

        @Override
        public void process(CommandContext ctx) {
            if (paths == null) {
                literal = ctx.isBound("LiteralPath");
                String parameter = literal ? "LiteralPath" : "Path";
                // $null or $() for the path is the binder's NullNotAllowed, as for a mandatory [string[]]
                paths = ctx.isBound(parameter) ? PathArguments.paths(ctx, parameter,
                        append ? "AddContentCommand" : "SetContentCommand") : CmdletArguments.strings(ctx, parameter);
            }
            if (isByteEncoding(ctx)) {
                appendBytes(ctx.parameter("Value"), bytes);
            } else {
                appendItems(ctx.parameter("Value"), items);
            }
        }

        @Override
        public void end(CommandContext ctx) {
            if (paths == null) {
                return;
            }
            boolean raw = isByteEncoding(ctx);
            FileEncodings encoding = raw ? defaultEncoding : CmdletArguments.encoding(ctx, defaultEncoding);
            String text = joined(items, ctx.switchPresent("NoNewline"));
            for (String path : paths) {
                if (ProviderPaths.isProviderPath(path)) {
                    Object value = items.size() == 1 ? items.get(0) : items.toArray();
                    if (append && ctx.variableExists(ProviderPaths.normalized(path))) {
                        Object old = ctx.variable(ProviderPaths.normalized(path));
                        value = path.toLowerCase(java.util.Locale.ROOT).startsWith("env:")
                                ? io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(old) + String.join("", items)
                                : appended(old, items);
                    }
                    ProviderPaths.set(ctx, path, value);
                    continue;
                }
                List<Path> files = ScriptPaths.expand(ctx, path, literal);
                ItemFilter filter = ItemFilter.of(ctx);
                if (files.isEmpty()) {
                    if (!filter.isActive()) {
                        ScriptPaths.notFound(ctx, path, append ? "AddContentCommand" : "SetContentCommand");
                    }
                    continue;
                }
                for (Path file : files.stream().filter(filter::accepts).toList()) {
                    if (io.openecma.powershell.runtime.WhatIf.skips(ctx, append ? "Add Content" : "Set Content", "Path: " + file)) {
                        continue;
                    }
                    if (raw) {
                        FileText.writeBytes(file, bytes.toByteArray(), append);
                    } else {
                        FileText.write(file, text, encoding, append);
                    }
                }
            }
            if (ctx.switchPresent("PassThru")) {
                items.forEach(ctx::writeObject);
            }
        }
    }

    /**
     * Out-File: the input as the formatter renders it for the console (Out-String's lines: strings as
     * they are, other objects as their table or list), -Width wide (default 120, as Out-String).
     */
    static final class OutFile implements Cmdlet {
        private final List<Object> objects = new ArrayList<>();

        @Override
        public void process(CommandContext ctx) {
            if (ctx.isBound("InputObject")) {
                // the formatter enumerates a collection it is given (5.1 writes each element)
                objects.addAll(LanguagePrimitives.toList(ctx.parameter("InputObject")));
            }
        }

        @Override
        public void end(CommandContext ctx) {
            String path = CmdletArguments.string(ctx, ctx.isBound("LiteralPath") ? "LiteralPath" : "FilePath");
            if (path == null) {
                throw ctx.terminatingError("System.Management.Automation.ParameterBindingException",
                        "Cannot process command because of one or more missing mandatory parameters: FilePath.",
                        "MissingMandatoryParameter,Microsoft.PowerShell.Commands.OutFileCommand", "InvalidArgument");
            }
            Path file = ScriptPaths.resolve(ctx, path);
            boolean append = ctx.switchPresent("Append");
            if (ctx.switchPresent("NoClobber") && !append && Files.exists(file)) {
                throw ctx.terminatingError("System.IO.IOException", "The file '" + file + "' already exists.",
                        "NoClobber,Microsoft.PowerShell.Commands.OutFileCommand", "ResourceExists");
            }
            FileEncodings encoding = CmdletArguments.encoding(ctx, FileEncodings.UNICODE);
            int width = ctx.isBound("Width") ? LanguagePrimitives.toNumber(ctx.parameter("Width")).intValue()
                    : io.openecma.powershell.cmdlets.format.TextFormatter.DEFAULT_WIDTH;
            List<String> lines = io.openecma.powershell.cmdlets.format.TextFormatter.render(ctx, objects, width);
            FileText.write(file, joined(lines, ctx.switchPresent("NoNewline")), encoding, append);
        }
    }
}
