package io.openecma.powershell.xml;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.PowerShellEngine;
import io.openecma.powershell.ScriptResult;
import io.openecma.powershell.ScriptSource;
import io.openecma.powershell.host.DataProtection;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a script in a fresh engine confined to one folder; output rendered as PowerShell strings. */
final class XmlScripts {
    private XmlScripts() {
    }

    static ScriptResult run(Path root, DataProtection protection, String script) {
        EngineOptions options = EngineOptions.defaults().withFileSystemRoots(List.of(root), root);
        if (protection != null) {
            options = options.withDataProtection(protection);
        }
        return PowerShellEngine.create(options).execute(ScriptSource.of("test.ps1", script), Map.of());
    }

    /** The output as strings; a terminating error fails with its message. */
    static List<String> lines(Path root, String script) {
        ScriptResult r = run(root, null, script);
        if (r.terminatingError().isPresent()) {
            throw new AssertionError("script failed: " + r.terminatingError().get().message());
        }
        if (!r.errors().isEmpty()) {
            throw new AssertionError("script wrote errors: " + r.errors().get(0).message());
        }
        return r.output().stream().map(LanguagePrimitives::toStringValue).toList();
    }
}
