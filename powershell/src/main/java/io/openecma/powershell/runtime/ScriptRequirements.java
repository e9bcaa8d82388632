package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.CommandElement;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.PipelineElement;
import io.openecma.powershell.ast.Statement;
import io.openecma.powershell.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a script file's {@code #requires} comments ask for, checked before it runs, as
 * CommandDiscovery.VerifyScriptRequirements does: {@code -Version} above the engine's 5.1 is a
 * ScriptRequiresException (ScriptRequiresUnmatchedPSVersion); each {@code -Modules} entry (a name,
 * a path or a module-specification hashtable) is imported into the global scope, and one that
 * cannot be is a ScriptRequiresException (ScriptRequiresMissingModules) naming the missing module.
 * The form of the comments is
 * checked by the parser (RequiresComments).
 */
public final class ScriptRequirements {

    private static final Pattern REQUIRES_LINE = Pattern.compile("(?im)^[ \\t]*#(requires\\b[^\\r\\n]*)");
    private static final String ENGINE_VERSION = "5.1.19041.1";

    private final String version;
    private final List<Object> modules;

    private ScriptRequirements(String version, List<Object> modules) {
        this.version = version;
        this.modules = modules;
    }

    /** The requirements written in a script's text (none when it has no #requires comment). */
    public static ScriptRequirements of(String text) {
        String version = null;
        List<Object> modules = new ArrayList<>();
        Matcher m = REQUIRES_LINE.matcher(text);
        while (m.find()) {
            List<Statement> statements;
            try {
                statements = Parser.parseScript("", m.group(1)).end().statements();
            } catch (RuntimeException e) {
                continue; // the parser reports a malformed #requires when it reads the script itself
            }
            if (statements.isEmpty() || !(statements.get(0) instanceof Statement.Pipeline p)
                    || !(p.elements().get(0) instanceof PipelineElement.Command c)) {
                continue;
            }
            String parameter = null;
            for (CommandElement e : c.elements()) {
                if (e instanceof CommandElement.ParameterName n) {
                    parameter = n.name().toLowerCase(Locale.ROOT);
                    if (n.argument() != null) {
                        version = take(parameter, constant(n.argument()), modules, version);
                    }
                } else if (e instanceof CommandElement.Argument a && parameter != null) {
                    version = take(parameter, constant(a.value()), modules, version);
                }
            }
        }
        return new ScriptRequirements(version, modules);
    }

    private static String take(String parameter, Object value, List<Object> modules, String version) {
        if (value == null) {
            return version;
        }
        if ("modules".startsWith(parameter) && parameter.length() >= 3) {
            if (value instanceof List<?> list) {
                modules.addAll(list);
            } else {
                modules.add(value);
            }
            return version;
        }
        if ("version".startsWith(parameter) && !parameter.isEmpty()) {
            return LanguagePrimitives.toStringValue(value);
        }
        return version;
    }

    /** A #requires argument's value: only constants, arrays and hashtables of constants count. */
    private static Object constant(Expression e) {
        if (e instanceof Expression.StringConstant s) {
            return s.value();
        }
        if (e instanceof Expression.Constant c) {
            return c.value();
        }
        if (e instanceof Expression.ArrayLiteral a) {
            List<Object> items = new ArrayList<>();
            for (Expression item : a.elements()) {
                items.add(constant(item));
            }
            return items;
        }
        if (e instanceof Expression.Hashtable h) {
            PSHashtable map = new PSHashtable();
            for (Expression.HashEntry entry : h.entries()) {
                Object value = entry.value() instanceof Statement.Pipeline p && p.elements().size() == 1
                        && p.elements().get(0) instanceof PipelineElement.ExpressionElement x ? constant(x.expression()) : null;
                map.put(constant(entry.key()), value);
            }
            return map;
        }
        return null;
    }

    /**
     * Checks the requirements for the script named {@code scriptName}; {@code importGlobally} imports
     * one -Modules entry and answers whether it could.
     */
    public void verify(String scriptName, Predicate<Object> importGlobally) {
        if (version != null && !supported(version)) {
            throw new PSRuntimeException("System.Management.Automation.ScriptRequiresException",
                    "The script '" + scriptName + "' cannot be run because it contained a \"#requires\" statement for PowerShell "
                            + version + ". The version of PowerShell that is required by the script does not match the "
                            + "currently running version of PowerShell " + ENGINE_VERSION + ".")
                    .withError("ScriptRequiresUnmatchedPSVersion", "ResourceUnavailable", null);
        }
        for (Object module : modules) {
            if (module != null && !importGlobally.test(module)) {
                throw new PSRuntimeException("System.Management.Automation.ScriptRequiresException",
                        "The script '" + scriptName + "' cannot be run because the following modules that are specified by the "
                                + "\"#requires\" statements of the script are missing: " + notFound(module) + ".")
                        .withError("ScriptRequiresMissingModules", "ResourceUnavailable", null);
            }
        }
    }

    /** PSVersionInfo.IsValidPSVersion on 5.1: any version up to 5.1. */
    private static boolean supported(String version) {
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 5 || (major == 5 && minor <= 1);
        } catch (NumberFormatException e) {
            return true; // the parser has already refused a malformed version
        }
    }

    /**
     * How 5.1's ScriptRequiresException lists a missing module: by its name only (the version
     * constraints joined the message in PowerShell 7.4, #20144).
     */
    private static String notFound(Object module) {
        if (module instanceof Map<?, ?> spec) {
            String name = value(spec, "ModuleName");
            return name == null ? "" : name;
        }
        return LanguagePrimitives.toStringValue(module);
    }

    private static String value(Map<?, ?> spec, String key) {
        for (Map.Entry<?, ?> e : spec.entrySet()) {
            if (LanguagePrimitives.toStringValue(e.getKey()).equalsIgnoreCase(key)) {
                return e.getValue() == null ? null : LanguagePrimitives.toStringValue(e.getValue());
            }
        }
        return null;
    }
}
