package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.FunctionInfo;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ModuleInfo;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ScriptBlock;

import java.util.List;
import java.util.Locale;

/**
 * Set-Item on the Function, Variable and Environment drives (FunctionProvider.SetItem: a script
 * block, or text parsed as one, becomes the function in the caller's scope; the other drives set
 * the variable). The FileSystem provider has no SetItem in 5.1: a file path is NotSupported.
 */
final class SetItemCmdlet {
    private static final String NOT_SUPPORTED = "Provider operation stopped because the provider does not support this operation.";

    private SetItemCmdlet() {
    }

    static CmdletDefinition definition() {
        return CmdletDefinition.of("Set-Item", () -> SetItemCmdlet::setItem,
                ParameterSpec.positional("Path", "string[]", 0),
                ParameterSpec.named("LiteralPath", "string[]").withAliases("PSPath"),
                ParameterSpec.positional("Value", "object", 1).fromPipeline(ParameterSpec.PipelineInput.BY_VALUE),
                ParameterSpec.switchParameter("Force"), ParameterSpec.switchParameter("PassThru"),
                ParameterSpec.named("Options", "object")).withAliases("si");
    }

    private static void setItem(CommandContext c) {
        Object paths = c.isBound("LiteralPath") ? c.parameter("LiteralPath") : c.parameter("Path");
        Object value = c.parameter("Value");
        for (Object p : LanguagePrimitives.toList(paths)) {
            String path = LanguagePrimitives.toStringValue(p);
            String lower = path.toLowerCase(Locale.ROOT);
            if (lower.startsWith("function:")) {
                setFunction(c, ProviderPaths.normalized(path).substring("function:".length()), value);
            } else if (ProviderPaths.isProviderPath(path)) {
                ProviderPaths.set(c, path, value);
            } else {
                c.writeError("System.Management.Automation.PSNotSupportedException", NOT_SUPPORTED, "NotSupported",
                        "NotImplemented", path);
            }
        }
    }

    private static void setFunction(CommandContext c, String name, Object value) {
        Object v = value instanceof io.openecma.powershell.runtime.PSObject o && o.baseObject() != null ? o.baseObject() : value;
        ScriptBlockBody body;
        ModuleInfo module = null;
        if (v instanceof ScriptBlock sb) {
            body = sb.body();
            module = sb.module() instanceof ModuleInfo m ? m : null;
        } else {
            body = Parser.parseScript(null, v == null ? "" : LanguagePrimitives.toStringValue(v));
        }
        ((CommandContextImpl) c).callerScope().defineFunction(new FunctionInfo(name, false, List.of(), body, module));
    }
}
