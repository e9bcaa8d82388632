package io.openecma.powershell.cmdlets.trace;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.trace.FileTraceListener;
import io.openecma.powershell.runtime.trace.HostTraceListener;
import io.openecma.powershell.runtime.trace.PSTraceSource;
import io.openecma.powershell.runtime.trace.PSTraceSourceOptions;
import io.openecma.powershell.runtime.trace.TraceCatalog;
import io.openecma.powershell.runtime.trace.TraceListener;
import io.openecma.powershell.runtime.trace.TraceOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * TraceCommandBase / TraceListenerCommandBase: matching trace sources by name, and the listeners
 * and options -Option, -ListenerOption, -FilePath, -PSHost and -Debugger ask for.
 */
final class TraceListeners {
    private final CommandContext ctx;
    private final String commandClass;
    private final List<TraceListener> created = new ArrayList<>();
    private boolean listenersMade;

    TraceListeners(CommandContext ctx, String commandClass) {
        this.ctx = ctx;
        this.commandClass = commandClass;
    }

    /** The sources whose name matches a pattern; a plain name that matches none is an error if asked. */
    static List<PSTraceSource> matching(CommandContext ctx, List<String> patterns, boolean errorIfNotFound, String commandClass) {
        List<PSTraceSource> out = new ArrayList<>();
        for (String pattern : patterns) {
            boolean found = false;
            if (pattern != null && !pattern.isEmpty()) {
                Wildcard w = Wildcard.compile(pattern, false);
                for (PSTraceSource s : TraceCatalog.all()) {
                    if (w.matches(s.getFullName()) || w.matches(s.getName())) {
                        found = true;
                        out.add(s);
                    }
                }
            }
            if (!found && errorIfNotFound && pattern != null && !Wildcard.containsWildcard(pattern)) {
                ctx.writeErrorQualified("System.Management.Automation.ItemNotFoundException",
                        "Cannot find a trace source with the name '" + pattern + "'.",
                        "TraceSourceNotFound,Microsoft.PowerShell.Commands." + commandClass, "ObjectNotFound", pattern);
            }
        }
        out.sort(Comparator.comparing(s -> s.getName().toLowerCase(Locale.ROOT)));
        return out;
    }

    int options() {
        return ctx.isBound("Option") ? converted("Option", PSTraceSourceOptions::parse) : PSTraceSourceOptions.ALL;
    }

    /** An enum parameter's value; a name that is not the enum's is 5.1's CannotConvertArgumentNoMessage. */
    private int converted(String parameter, java.util.function.ToIntFunction<Object> parse) {
        Object value = LanguagePrimitives.base(ctx.parameter(parameter));
        try {
            return parse.applyAsInt(value);
        } catch (io.openecma.powershell.runtime.PSRuntimeException e) {
            throw ctx.terminatingError("System.Management.Automation.ParameterBindingException",
                    "Cannot bind parameter '" + parameter + "'. " + e.getMessage(),
                    "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands." + commandClass, "InvalidArgument");
        }
    }

    boolean optionsSpecified() {
        return ctx.isBound("Option");
    }

    /** AddTraceListenersToSources and SetTraceListenerOptions. */
    void addTo(List<PSTraceSource> sources) {
        Integer listenerOptions = ctx.isBound("ListenerOption") ? converted("ListenerOption", TraceOptions::parse) : null;
        if (!listenersMade) {
            listenersMade = true;
            makeListeners();
        }
        for (PSTraceSource s : sources) {
            s.listeners().addAll(created);
            if (listenerOptions != null) {
                s.listeners().forEach(l -> l.setTraceOutputOptions(listenerOptions));
            }
        }
    }

    private void makeListeners() {
        if (ctx.switchPresent("Debugger")) {
            // DefaultTraceListener: OutputDebugString, which nothing reads here (no debugger attaches to the engine).
            created.add(new HostTraceListener("Debug", line -> { }));
        }
        if (ctx.switchPresent("PSHost")) {
            ExecutionContext ec = ExecutionContext.current();
            created.add(new HostTraceListener(ec::writeDebug));
        }
        if (ctx.isBound("FilePath") && ctx.parameter("FilePath") != null) {
            String given = LanguagePrimitives.toStringValue(ctx.parameter("FilePath"));
            FileTraceListener file = openFile(given);
            if (file != null) {
                created.add(file);
            }
        }
    }

    /** The -FilePath file, opened for appending; a provider path or an unopenable file is a non-terminating error. */
    private FileTraceListener openFile(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        String provider = lower.startsWith("env:") ? "Environment" : lower.startsWith("variable:") ? "Variable"
                : lower.startsWith("alias:") ? "Alias" : lower.startsWith("function:") ? "Function" : null;
        if (provider != null) {
            ctx.writeErrorQualified("System.Management.Automation.PSNotSupportedException",
                    "Trace output can only be written to the file system. The path '" + given
                            + "' referred to a 'Microsoft.PowerShell.Core\\" + provider + "' provider path.",
                    "FileListenerPathResolutionFailed,Microsoft.PowerShell.Commands." + commandClass, "InvalidArgument", given);
            return null;
        }
        Path file = ctx.fileSystem().resolve(given);
        try {
            if (ctx.switchPresent("Force") && Files.exists(file) && !Files.isWritable(file)) {
                file.toFile().setWritable(true);
            }
            return new FileTraceListener(given, file);
        } catch (IOException | SecurityException e) {
            ctx.writeErrorQualified("System.IO.IOException", "Access to the path '" + file + "' is denied.",
                    "FileListenerPathResolutionFailed,Microsoft.PowerShell.Commands." + commandClass, "OpenError", file.toString());
            return null;
        }
    }

    /** Removes the listeners whose name matches (file listeners only, if asked), flushing and closing them. */
    static void remove(List<PSTraceSource> sources, List<String> names, boolean fileOnly) {
        List<Wildcard> patterns = names.stream().map(n -> Wildcard.compile(n, false)).toList();
        for (PSTraceSource s : sources) {
            for (TraceListener l : new ArrayList<>(s.listeners())) {
                if (fileOnly && !(l instanceof FileTraceListener)) {
                    continue;
                }
                if (patterns.stream().anyMatch(p -> p.matches(l.getName()))) {
                    l.flush();
                    l.close();
                    s.listeners().remove(l);
                }
            }
        }
    }

    /** Flushes and closes what this command opened. */
    void closeCreated() {
        for (TraceListener l : created) {
            l.flush();
            l.close();
        }
    }
}
