package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.xml.SelectXmlInfo;
import io.openecma.powershell.xml.XmlDocument;
import io.openecma.powershell.xml.XmlNameTable;
import io.openecma.powershell.xml.XmlNamespaceManager;
import io.openecma.powershell.xml.XmlNode;
import io.openecma.powershell.xml.XmlNodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Select-Xml (XmlCommands.cs): -Xml nodes, -Path/-LiteralPath files (loaded with whitespace kept)
 * or -Content strings, queried with -XPath and an optional -Namespace table; one SelectXmlInfo per
 * match. A second positional argument is -Xml when it is an XmlNode and -Path otherwise; pipeline
 * strings are -Content.
 */
final class SelectXmlCmdlet implements Cmdlet {
    private static final String ID = ",Microsoft.PowerShell.Commands.SelectXmlCommand";

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Select-Xml", SelectXmlCmdlet::new,
                ParameterSpec.positional("XPath", "string", 0).asMandatory(),
                ParameterSpec.positional("Xml", "object", 1).fromPipeline(PipelineInput.BY_VALUE).withAliases("Node"),
                ParameterSpec.named("Path", "string[]"),
                ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath", "LP"),
                ParameterSpec.named("Content", "string[]"),
                ParameterSpec.named("Namespace", "hashtable"));
    }

    @Override
    public void process(CommandContext ctx) {
        if (ctx.isBound("Content")) {
            contents(ctx, CmdletArguments.strings(ctx, "Content"));
        } else if (ctx.isBound("Path") || ctx.isBound("LiteralPath")) {
            boolean literal = ctx.isBound("LiteralPath");
            files(ctx, CmdletArguments.strings(ctx, literal ? "LiteralPath" : "Path"), literal);
        } else if (ctx.isBound("Xml") || ctx.currentInput() != null) {
            Object xml = ctx.isBound("Xml") ? ctx.parameter("Xml") : ctx.currentInput();
            List<Object> items = LanguagePrimitives.toList(xml);
            if (!items.isEmpty() && items.stream().allMatch(i -> LanguagePrimitives.base(i) instanceof XmlNode)) {
                items.forEach(i -> query(ctx, (XmlNode) LanguagePrimitives.base(i), ""));
            } else if (ctx.currentInput() != null && ctx.currentInput() == xml) {
                contents(ctx, items.stream().map(LanguagePrimitives::toStringValue).toList());
            } else {
                files(ctx, items.stream().map(LanguagePrimitives::toStringValue).toList(), false);
            }
        } else {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Parameter set cannot be resolved using the specified named parameters.",
                    "AmbiguousParameterSet" + ID, "InvalidArgument");
        }
    }

    private void contents(CommandContext ctx, List<String> texts) {
        for (String text : texts) {
            XmlDocument doc;
            try {
                doc = (XmlDocument) io.openecma.powershell.xml.XmlTypes.toDocument(text);
            } catch (PSRuntimeException e) {
                ctx.writeError(e.typeName(), e.getMessage(), "InvalidCastToXmlDocument" + ID, "InvalidArgument", text);
                continue;
            }
            query(ctx, doc, "");
        }
    }

    private void files(CommandContext ctx, List<String> paths, boolean literal) {
        for (String path : paths) {
            if (ProviderPaths.isProviderPath(path)) {
                String provider = path.toLowerCase().startsWith("env:") ? "Microsoft.PowerShell.Core\\Environment"
                        : "Microsoft.PowerShell.Core\\Variable";
                ctx.writeError("System.InvalidOperationException",
                        "Cannot open the file because the current provider (" + provider + ") cannot open files.",
                        "ProcessingFile" + ID, "InvalidOperation", path);
                continue;
            }
            List<Path> files = ScriptPaths.expand(ctx, path, literal);
            if (files.isEmpty() || !literal && !Files.exists(files.get(0))) {
                ScriptPaths.notFound(ctx, files.isEmpty() ? path : files.get(0).toString(), "SelectXmlCommand");
                continue;
            }
            for (Path file : files) {
                XmlDocument doc = new XmlDocument();
                doc.setPreserveWhitespace(true);
                try {
                    doc.Load(file.toString());
                } catch (PSRuntimeException e) {
                    ctx.writeError("System.ArgumentException", "The file '" + file + "' cannot be read: " + e.getMessage(),
                            "ProcessingFile" + ID, "InvalidArgument", file.toString());
                    continue;
                }
                query(ctx, doc, file.toString());
            }
        }
    }

    private void query(CommandContext ctx, XmlNode node, String path) {
        String xpath = CmdletArguments.string(ctx, "XPath");
        XmlNodeList found;
        try {
            found = ctx.isBound("Namespace") ? node.SelectNodes(xpath, namespaces(ctx)) : node.SelectNodes(xpath);
        } catch (PSRuntimeException e) {
            throw ctx.terminatingError(e.typeName(), e.getMessage(), e.typeName() + ID, "NotSpecified");
        }
        for (XmlNode n : found) {
            ctx.writeObject(new SelectXmlInfo(n, path, xpath));
        }
    }

    /** A null prefix or namespace is PrefixError (non-terminating); the other entries still apply. */
    private static XmlNamespaceManager namespaces(CommandContext ctx) {
        XmlNamespaceManager m = new XmlNamespaceManager(new XmlNameTable());
        Object table = LanguagePrimitives.base(ctx.parameter("Namespace"));
        if (table instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object value = LanguagePrimitives.unwrapNull(e.getValue());
                if (e.getKey() == null || value == null) {
                    ctx.writeError("System.InvalidOperationException", "This command cannot be run because the prefix value in "
                            + "the Namespace parameter is null. Provide a valid value for the prefix, and then run the command again.",
                            "PrefixError" + ID, "InvalidOperation", table);
                    continue;
                }
                m.AddNamespace(LanguagePrimitives.toStringValue(e.getKey()), LanguagePrimitives.toStringValue(value));
            }
        }
        return m;
    }
}
