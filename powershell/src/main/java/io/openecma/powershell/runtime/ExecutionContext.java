package io.openecma.powershell.runtime;

import io.openecma.powershell.EngineOptions;
import io.openecma.powershell.host.FileSystemAccess;
import io.openecma.powershell.types.TypeRegistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The state of one runspace: type and cmdlet registries, the global scope, modules, the
 * host's environment, file access, captured streams and the execution limit. The engine thread
 * running a script can reach it with {@link #current()} (for facades such as [Environment]).
 */
public final class ExecutionContext {

    private static final ThreadLocal<ExecutionContext> CURRENT = new ThreadLocal<>();

    static {
        // Class declarations name types the parser resolves against the running session (5.1's SymbolResolver).
        io.openecma.powershell.runtime.classes.ParseTimeTypeLookup.install();
    }

    /** Stops a script for time limit or cancellation; never catchable by script try/catch. */
    public static final class ScriptStoppedException extends ControlFlow {
        private final String reason;

        public ScriptStoppedException(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final EngineOptions options;
    private final TypeRegistry types;
    private final CmdletRegistry cmdlets;
    private final FileSystemAccess fileSystem;
    private final Map<String, String> environment = new HashMap<>();
    /** Loaded modules by path, in load order, as 5.1's ModuleTable (two versions of one name can both be loaded). */
    private final Map<String, ModuleInfo> modules = new java.util.LinkedHashMap<>();
    private Scope global;
    final List<Object> output = new io.openecma.powershell.runtime.limits.BudgetedList();
    final List<ErrorRecord> errors = new ArrayList<>();
    final List<String> verbose = new ArrayList<>();
    final List<String> debug = new ArrayList<>();
    final List<String> warning = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    /** Every information record, shown or not (a nested PowerShell's Streams.Information). */
    final List<Object> informationRecords = new ArrayList<>();
    private final InformationalStreams informationalStreams = new InformationalStreams();
    private long deadline = Long.MAX_VALUE;
    private Interpreter interpreter;
    private int pollCounter;
    private final io.openecma.powershell.runtime.limits.CallDepth callDepth;
    private io.openecma.powershell.host.TlsTrust tlsTrust = io.openecma.powershell.host.TlsTrust.jdkDefault();
    private final SessionHistory history = new SessionHistory();

    public ExecutionContext(EngineOptions options, TypeRegistry types, CmdletRegistry cmdlets) {
        this.options = options;
        this.types = types;
        this.cmdlets = cmdlets;
        this.fileSystem = new FileSystemAccess(options.fileSystemRoots(), options.workingDirectory(), options.pathMapper());
        this.callDepth = new io.openecma.powershell.runtime.limits.CallDepth(options.limits().maxCallDepth());
        resetState();
    }

    public static ExecutionContext current() {
        ExecutionContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("No PowerShell execution is running on this thread");
        }
        return c;
    }

    public static ExecutionContext currentOrNull() {
        return CURRENT.get();
    }

    void enter() {
        CURRENT.set(this);
    }

    void leave() {
        CURRENT.remove();
    }

    public void resetState() {
        environment.clear();
        options.environment().forEach((k, v) -> environment.put(k.toUpperCase(Locale.ROOT), v));
        modules.clear();
        global = new Scope(null, null, true);
        AutomaticVariables.define(global, this);
    }

    /** The runspace's command history (Get-History, Add-History, Invoke-History). */
    public SessionHistory history() {
        return history;
    }

    public EngineOptions options() {
        return options;
    }

    /** The server certificates the web cmdlets accept (the host's setting; scripts cannot change it). */
    public io.openecma.powershell.host.TlsTrust tlsTrust() {
        return tlsTrust;
    }

    public void setTlsTrust(io.openecma.powershell.host.TlsTrust trust) {
        this.tlsTrust = trust == null ? io.openecma.powershell.host.TlsTrust.jdkDefault() : trust;
    }

    public TypeRegistry types() {
        return types;
    }

    public CmdletRegistry cmdlets() {
        return cmdlets;
    }

    public FileSystemAccess fileSystem() {
        return fileSystem;
    }

    public Scope global() {
        return global;
    }

    public Map<String, ModuleInfo> modules() {
        return modules;
    }

    public String environmentVariable(String name, String fallback) {
        return environment.getOrDefault(name.toUpperCase(Locale.ROOT), fallback);
    }

    public Map<String, String> environment() {
        return environment;
    }

    void clearStreams() {
        output.clear();
        errors.clear();
        verbose.clear();
        debug.clear();
        warning.clear();
        information.clear();
        informationRecords.clear();
    }

    /** The redirections and -WarningVariable/-InformationVariable lists of streams 3 to 6. */
    public InformationalStreams informationalStreams() {
        return informationalStreams;
    }

    /** Nested calls of the running script (the call-depth limit). */
    public io.openecma.powershell.runtime.limits.CallDepth callDepth() {
        return callDepth;
    }

    void startClock() {
        callDepth.reset();
        deadline = options.timeLimit() == null ? Long.MAX_VALUE : System.nanoTime() + options.timeLimit().toNanos();
    }

    /** Polled at loop iterations, statements and pipeline items. */
    public void checkCancelled() {
        if ((++pollCounter & 0xFF) != 0 && deadline == Long.MAX_VALUE) {
            return;
        }
        if (System.nanoTime() > deadline) {
            throw new ScriptStoppedException("The script exceeded its time limit of " + options.timeLimit() + ".");
        }
        if (options.cancellation().getAsBoolean()) {
            throw new ScriptStoppedException("The script was cancelled.");
        }
        // Scripts run on their caller's thread: a caller that gives up interrupts it (a worker's
        // future.cancel(true)), and the script must stop rather than go on unseen to its time limit.
        if (Thread.currentThread().isInterrupted()) {
            throw new ScriptStoppedException("The script was stopped: the thread running it was interrupted.");
        }
    }

    void attach(Interpreter interp) {
        this.interpreter = interp;
    }

    /** The interpreter running scripts in this runspace (class methods run their bodies through it). */
    public Interpreter interpreter() {
        return interpreter;
    }

    /** Runs a script block with arguments (used by facades taking script-block delegates). */
    public Object invokeScriptBlock(ScriptBlock block, Object... args) {
        return LanguagePrimitives.fromPipeline(interpreter.invokeScriptBlock(block, null, java.util.Arrays.asList(args), false, null));
    }

    /** Text for the host's UI only (no stream), as Host.UI.WriteLine: WhatIf messages. */
    void hostOnly(String text) {
        if (options.hostOutput() != null) {
            options.hostOutput().accept(text);
        }
    }

    void hostWrite(String text) {
        information.add(text);
        if (options.hostOutput() != null) {
            options.hostOutput().accept(text);
        }
    }

    void writeVerbose(String text) {
        write(verbose, "verbose", text);
    }

    public void writeDebug(String text) {
        write(debug, "debug", text);
    }

    void writeWarning(String text) {
        write(warning, "warning", text);
    }

    void writeInformation(String text) {
        write(information, "information", text);
    }

    /** Kept for the result and handed to the host as it is written. */
    private void write(List<String> stream, String name, String text) {
        stream.add(text);
        if (options.streamOutput() instanceof io.openecma.powershell.StreamSink sink) {
            io.openecma.powershell.ast.Position at = interpreter == null ? null : interpreter.position();
            sink.accept(name, text, at == null ? "" : at.file(), at == null ? 0 : at.line());
        } else if (options.streamOutput() != null) {
            options.streamOutput().accept(name, text);
        }
    }
}
