package io.openecma.powershell.cmdlets;

import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.ast.ScriptBlockBody;
import io.openecma.powershell.cmdlets.results.PathInfo;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.Interpreter;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.Scope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Get-Location, Set-Location, Push-Location, Pop-Location (the file system's current location,
 * one default location stack per engine) and Invoke-Expression (runs text in the caller's scope).
 */
public final class LocationCmdlets {
    private static final Map<Object, Deque<Path>> STACKS = Collections.synchronizedMap(new WeakHashMap<>());

    private LocationCmdlets() {
    }

    public static void register(CmdletRegistry r) {
        r.register(CmdletDefinition.of("Get-Location", () -> c -> c.writeObject(new PathInfo(location(c).toString())),
                ParameterSpec.named("PSProvider", "string[]"), ParameterSpec.named("PSDrive", "string[]"),
                ParameterSpec.switchParameter("Stack"), ParameterSpec.named("StackName", "string[]")).withAliases("gl", "pwd"));
        r.register(CmdletDefinition.of("Set-Location", () -> c -> {
                    go(c, target(c));
                    passThru(c);
                }, ParameterSpec.positional("Path", "string", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("LiteralPath", "string").withAliases("PSPath"), ParameterSpec.switchParameter("PassThru"),
                ParameterSpec.named("StackName", "string")).withAliases("cd", "chdir", "sl"));
        r.register(CmdletDefinition.of("Push-Location", () -> c -> {
                    Path here = location(c);
                    if (c.isBound("Path") || c.isBound("LiteralPath")) {
                        go(c, target(c));
                    }
                    stack(c).push(here);
                    passThru(c);
                }, ParameterSpec.positional("Path", "string", 0).fromPipeline(PipelineInput.BY_VALUE_AND_PROPERTY_NAME),
                ParameterSpec.named("LiteralPath", "string").withAliases("PSPath"), ParameterSpec.switchParameter("PassThru"),
                ParameterSpec.named("StackName", "string")).withAliases("pushd"));
        r.register(CmdletDefinition.of("Pop-Location", () -> c -> {
                    Path previous = stack(c).poll();
                    if (previous == null) {
                        return;
                    }
                    c.fileSystem().setCurrentLocation(previous.toString());
                    passThru(c);
                }, ParameterSpec.switchParameter("PassThru"), ParameterSpec.named("StackName", "string")).withAliases("popd"));
        r.register(CmdletDefinition.of("Invoke-Expression", () -> LocationCmdlets::invokeExpression,
                ParameterSpec.positional("Command", "string", 0).asMandatory().fromPipeline(PipelineInput.BY_VALUE))
                .withAliases("iex"));
    }

    private static Path location(CommandContext c) {
        return c.fileSystem().currentLocation();
    }

    private static Deque<Path> stack(CommandContext c) {
        Object engine = ((CommandContextImpl) c).interpreter().context();
        return STACKS.computeIfAbsent(engine, k -> new ArrayDeque<>());
    }

    private static String target(CommandContext c) {
        Object p = c.isBound("LiteralPath") ? c.parameter("LiteralPath") : c.parameter("Path");
        return p == null ? "." : LanguagePrimitives.toStringValue(p);
    }

    private static void go(CommandContext c, String path) {
        Path resolved = c.fileSystem().resolve(path);
        if (!Files.isDirectory(resolved)) {
            throw c.terminatingError("System.Management.Automation.ItemNotFoundException",
                    "Cannot find path '" + path + "' because it does not exist.", "PathNotFound", "ObjectNotFound");
        }
        c.fileSystem().setCurrentLocation(path);
    }

    private static void passThru(CommandContext c) {
        if (c.switchPresent("PassThru")) {
            c.writeObject(new PathInfo(location(c).toString()));
        }
    }

    /** Runs the text as a script in the caller's scope (its variables and functions stay there), writing its output. */
    private static void invokeExpression(CommandContext c) {
        String text = LanguagePrimitives.toStringValue(c.parameter("Command"));
        ScriptBlockBody body = Parser.parseScript("", text);
        Interpreter interp = ((CommandContextImpl) c).interpreter();
        Scope saved = interp.scope();
        interp.setScope(((CommandContextImpl) c).callerScope());
        List<Object> out = new ArrayList<>();
        try {
            interp.runBlock(body.begin(), out);
            interp.runBlock(body.process(), out);
            interp.runBlock(body.end(), out);
        } finally {
            interp.setScope(saved);
        }
        out.forEach(c::writeObject);
    }
}
