package io.openecma.powershell.cmdlets.data;

import io.openecma.powershell.host.FileSystemAccess;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ErrorRecord;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ScriptBlock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one registered cmdlet the way the engine drives the SPI (begin, process per pipeline item,
 * end) with already-converted arguments, over the real file system confined to {@code root}.
 * It stands in for the interpreter only; files and HTTP are real.
 */
final class CmdletRun implements CommandContext {
    private static final CmdletRegistry REGISTRY = new CmdletRegistry();

    static {
        new DataCmdlets().register(REGISTRY);
    }

    final List<Object> output = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> errorIds = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> verbose = new ArrayList<>();
    private final CmdletDefinition definition;
    private final FileSystemAccess fileSystem;
    private final Map<String, Object> bound = new LinkedHashMap<>();
    private Object currentInput;
    private boolean expectingInput;
    private volatile boolean cancelled;
    private final Map<String, Object> variables = new LinkedHashMap<>();

    private CmdletRun(String name, Path root) {
        this.definition = REGISTRY.find(name).orElseThrow(() -> new IllegalArgumentException("no cmdlet " + name));
        this.fileSystem = new FileSystemAccess(root == null ? List.of() : List.of(root), root);
    }

    static CmdletRun of(String name, Path root) {
        return new CmdletRun(name, root);
    }

    /** Binds a named argument (name as declared or an alias; switches take Boolean.TRUE). */
    CmdletRun with(String name, Object value) {
        bound.put(canonical(name), value);
        return this;
    }

    /** A variable the script would have set ("global:x", "env:NAME"). */
    CmdletRun variable(String name, Object value) {
        variables.put(name.toLowerCase(java.util.Locale.ROOT), value);
        return this;
    }

    void cancel() {
        cancelled = true;
    }

    private String canonical(String name) {
        for (ParameterSpec p : definition.parameters()) {
            if (p.matches(name)) {
                return p.name();
            }
        }
        throw new IllegalArgumentException(definition.name() + " has no parameter " + name);
    }

    /** Runs with no pipeline input. */
    CmdletRun run() {
        Cmdlet cmdlet = definition.factory().get();
        cmdlet.begin(this);
        cmdlet.process(this);
        cmdlet.end(this);
        return this;
    }

    /** Runs with pipeline input bound to the parameter that takes it by value. */
    CmdletRun pipe(Object... items) {
        String target = definition.parameters().stream()
                .filter(p -> p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE
                        || p.pipeline() == ParameterSpec.PipelineInput.BY_VALUE_AND_PROPERTY_NAME)
                .findFirst().orElseThrow().name();
        expectingInput = true;
        Cmdlet cmdlet = definition.factory().get();
        cmdlet.begin(this);
        for (Object item : items) {
            currentInput = item;
            bound.put(target, item);
            cmdlet.process(this);
        }
        cmdlet.end(this);
        return this;
    }

    Object single() {
        if (output.size() != 1) {
            throw new AssertionError("expected one output object, got " + output);
        }
        return output.get(0);
    }

    @Override
    public Object parameter(String name) {
        return bound.get(canonical(name));
    }

    @Override
    public boolean isBound(String name) {
        return bound.containsKey(canonical(name));
    }

    @Override
    public boolean switchPresent(String name) {
        Object v = bound.get(canonical(name));
        return v instanceof Boolean b && b;
    }

    @Override
    public Map<String, Object> boundParameters() {
        return bound;
    }

    @Override
    public Object currentInput() {
        return currentInput;
    }

    @Override
    public boolean expectingInput() {
        return expectingInput;
    }

    @Override
    public void writeObject(Object value) {
        output.add(value);
    }

    @Override
    public void writeEnumerated(Object value) {
        output.add(value);
    }

    @Override
    public void writeError(ErrorRecord error) {
        errors.add(error.message());
        errorIds.add(error.getFullyQualifiedErrorId());
    }

    @Override
    public void writeError(String exceptionType, String message, String errorId, String category, Object target) {
        errors.add(message);
        errorIds.add(errorId);
    }

    @Override
    public void writeVerbose(String text) {
        verbose.add(text);
    }

    @Override
    public void writeDebug(String text) {
    }

    @Override
    public void writeWarning(String text) {
        warnings.add(text);
    }

    @Override
    public void writeInformation(Object message) {
    }

    @Override
    public void writeHost(String text) {
    }

    @Override
    public PSRuntimeException terminatingError(String exceptionType, String message, String errorId,
            String category) {
        return new PSRuntimeException(exceptionType, message);
    }

    @Override
    public List<Object> invoke(ScriptBlock block, Object dollarUnderscore, Object... args) {
        throw new UnsupportedOperationException("no script blocks in cmdlet unit runs");
    }

    @Override
    public FileSystemAccess fileSystem() {
        return fileSystem;
    }

    @Override
    public Object variable(String name) {
        return variables.get(stripProvider(name));
    }

    @Override
    public boolean variableExists(String name) {
        return variables.containsKey(stripProvider(name));
    }

    @Override
    public void setVariable(String name, Object value) {
        variables.put(stripProvider(name), value);
    }

    @Override
    public boolean removeVariable(String name) {
        String key = stripProvider(name);
        boolean present = variables.containsKey(key);
        variables.remove(key);
        return present;
    }

    private static String stripProvider(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("variable:") ? n.substring(9) : n;
    }

    @Override
    public void checkCancelled() {
        if (cancelled) {
            throw new PSRuntimeException("System.Management.Automation.PipelineStoppedException",
                    "The pipeline has been stopped.");
        }
    }

    @Override
    public String commandName() {
        return definition.name();
    }
}
