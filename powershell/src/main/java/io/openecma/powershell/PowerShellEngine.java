package io.openecma.powershell;

import io.openecma.powershell.cmdlets.CoreCmdlets;
import io.openecma.powershell.runtime.CmdletLibrary;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.ScriptRunner;
import io.openecma.powershell.types.TypeRegistry;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * One PowerShell runspace: a global scope that persists across {@link #execute} calls until
 * {@link #reset()}. Not thread-safe: one script at a time per engine.
 */
public final class PowerShellEngine {

    private final EngineOptions options;
    private final TypeRegistry types = new TypeRegistry();
    private final CmdletRegistry cmdlets = new CmdletRegistry();
    private final ScriptRunner runner;
    private final ExecutionContext context;

    private PowerShellEngine(EngineOptions options) {
        this.options = options;
        new CoreCmdlets().register(cmdlets);
        for (CmdletLibrary library : ServiceLoader.load(CmdletLibrary.class, PowerShellEngine.class.getClassLoader())) {
            library.register(cmdlets);
        }
        types.register("System.Management.Automation.PSScriptCmdlet", io.openecma.powershell.runtime.PSCmdletInfo.class);
        types.register("System.Management.Automation.PSModuleInfo", io.openecma.powershell.runtime.ModuleInfo.class);
        types.register("System.Management.Automation.PSVariable", io.openecma.powershell.runtime.PSVariable.class);
        context = new ExecutionContext(options, types, cmdlets);
        runner = new ScriptRunner(context);
    }

    public static PowerShellEngine create(EngineOptions options) {
        return new PowerShellEngine(options == null ? EngineOptions.defaults() : options);
    }

    public EngineOptions options() {
        return options;
    }

    /** Runs a script file's text with named arguments ({@code -Name value}) in the global scope. */
    public ScriptResult execute(ScriptSource source, Map<String, Object> namedArguments) {
        return runner.run(source, namedArguments == null ? Map.of() : namedArguments, List.of());
    }

    /** Runs a script with positional arguments. */
    public ScriptResult execute(ScriptSource source, List<Object> positionalArguments) {
        return runner.run(source, Map.of(), positionalArguments == null ? List.of() : positionalArguments);
    }

    /** Sets a global variable (e.g. host-provided values) before running scripts. */
    public void setVariable(String name, Object value) {
        runner.setVariable(name, value);
    }

    /**
     * Sets the server certificates Invoke-RestMethod and Invoke-WebRequest accept (default: the JDK's
     * trust store). A script's ServerCertificateValidationCallback never widens it.
     */
    public void trustServerCertificates(io.openecma.powershell.host.TlsTrust trust) {
        context.setTlsTrust(trust);
    }

    /** Drops all global state: variables, functions, modules, $Error. Registered types and cmdlets stay. */
    public void reset() {
        runner.reset();
    }

    /**
     * Exposes a Java class to scripts under a .NET type name (case-insensitive), e.g.
     * {@code registerType("Microsoft.MetadirectoryServices.CSEntryChange", CSEntryChange.class)}.
     * Public static methods become {@code [T]::Method()}, public constructors {@code New-Object T} /
     * {@code [T]::new()}, getters/setters and public fields become properties, other public
     * methods become methods; names match case-insensitively. Enums convert from their names.
     */
    public void registerType(String dotNetFullName, Class<?> javaClass, String... aliases) {
        types.register(dotNetFullName, javaClass, aliases);
    }

    /**
     * Declares the .NET base class of a registered exception type, so {@code catch [Parent]} catches it
     * (e.g. {@code registerExceptionParent("Microsoft.MetadirectoryServices.ExtensionException",
     * "System.ApplicationException")}). Without it a registered exception derives from System.Exception.
     */
    public void registerExceptionParent(String dotNetName, String parentDotNetName) {
        types.registerExceptionParent(dotNetName, parentDotNetName);
    }

    /** Adds a cmdlet to this engine only (hosts use it for host-specific commands). */
    public void registerCmdlet(io.openecma.powershell.runtime.CmdletDefinition definition) {
        cmdlets.register(definition);
    }
}
