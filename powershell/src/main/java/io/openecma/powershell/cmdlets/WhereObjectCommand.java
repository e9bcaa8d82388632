package io.openecma.powershell.cmdlets;

import io.openecma.powershell.parser.TypeNames;
import io.openecma.powershell.runtime.Cmdlet;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.Operators;
import io.openecma.powershell.runtime.PSHashtable;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.PSType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where-Object with a script block or 5.1's simplified syntax ({@code Where-Object Name -eq x}): one
 * switch per comparison operator with its case-sensitive {@code -C...} twin (InternalCommands.cs,
 * WhereObjectCommand). As in 5.1 an operator switch chooses its operator whatever its value
 * (the {@code -GT:$false} handling and {@code -Not} are PowerShell 6+).
 */
final class WhereObjectCommand implements Cmdlet {
    /** Switch name to the operator it selects; the aliases (IEQ, ...) are the case-insensitive names. */
    private static final Map<String, String> OPERATORS = operators();

    private String operator;
    private boolean explicitOperator;

    static CmdletDefinition definition() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE));
        specs.add(ParameterSpec.positional("FilterScript", "object", 0));
        specs.add(ParameterSpec.named("Property", "string"));
        specs.add(ParameterSpec.positional("Value", "object", 1));
        for (Map.Entry<String, String> e : OPERATORS.entrySet()) {
            ParameterSpec spec = ParameterSpec.switchParameter(e.getKey());
            // The case-insensitive operators also answer to -I... (-IEQ, -ILike, ...).
            boolean caseInsensitive = !e.getValue().startsWith("-c") || e.getValue().startsWith("-contains");
            if (caseInsensitive && !e.getValue().startsWith("-is")) {
                spec = spec.withAliases("I" + e.getKey());
            }
            specs.add(spec);
        }
        return CmdletDefinition.of("Where-Object", WhereObjectCommand::new, specs.toArray(ParameterSpec[]::new))
                .withAliases("?", "where");
    }

    private static Map<String, String> operators() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String op : List.of("EQ", "NE", "GT", "LT", "GE", "LE", "Like", "NotLike", "Match", "NotMatch",
                "Contains", "NotContains", "In", "NotIn")) {
            m.put(op, "-" + op.toLowerCase(Locale.ROOT));
            m.put("C" + op, "-c" + op.toLowerCase(Locale.ROOT));
        }
        m.put("Is", "-is");
        m.put("IsNot", "-isnot");
        return m;
    }

    @Override
    public void begin(CommandContext c) {
        operator = "-eq";
        for (String name : OPERATORS.keySet()) {
            if (c.isBound(name)) {
                operator = OPERATORS.get(name);
                explicitOperator = true;
            }
        }
    }

    @Override
    public void process(CommandContext c) {
        if (!c.expectingInput()) {
            return;
        }
        Object item = c.currentInput();
        Object filter = c.parameter("FilterScript");
        if (filter instanceof ScriptBlock sb && !c.isBound("Property")) {
            if (LanguagePrimitives.isTrue(LanguagePrimitives.fromPipeline(c.invoke(sb, item)))) {
                c.writeObject(item);
            }
            return;
        }
        boolean valueGiven = c.isBound("Value");
        if (!valueGiven && explicitOperator) {
            throw c.terminatingError("System.Management.Automation.PSArgumentException",
                    "The specified operator requires both the -Property and -Value parameters. Provide values for "
                            + "both parameters, and then try the command again.",
                    "ValueNotSpecifiedForWhereObject,Microsoft.PowerShell.Commands.WhereObjectCommand",
                    "InvalidArgument");
        }
        if (valueGiven && !explicitOperator) {
            throw c.terminatingError("System.Management.Automation.PSArgumentException",
                    "An operator is required to compare the two specified values. Include a valid operator in the "
                            + "command, and then try the command again. For example, Get-Process | Where-Object "
                            + "-Property Name -eq Idle",
                    "OperatorNotSpecified,Microsoft.PowerShell.Commands.WhereObjectCommand", "InvalidArgument");
        }
        Object property = c.isBound("Property") ? c.parameter("Property") : filter;
        Object value = propertyValue(c, item, LanguagePrimitives.toStringValue(property));
        boolean keep = explicitOperator
                ? LanguagePrimitives.isTrue(apply(c, value, c.parameter("Value")))
                : LanguagePrimitives.isTrue(value);
        if (keep) {
            c.writeObject(item);
        }
    }

    /** A hashtable's key first, then the member of that name (InternalCommands.cs GetValue). */
    private static Object propertyValue(CommandContext c, Object item, String name) {
        Object target = LanguagePrimitives.base(item);
        if (target == null) {
            return null;
        }
        if (target instanceof PSHashtable h && h.containsKey(name)) {
            return h.get(name);
        }
        return ((CommandContextImpl) c).interpreter().getMember(item, name);
    }

    private Object apply(CommandContext c, Object left, Object right) {
        boolean cs = operator.startsWith("-c") && !operator.equals("-contains");
        String base = cs ? "-" + operator.substring(2) : operator;
        return switch (base) {
            case "-eq", "-ne", "-gt", "-lt", "-ge", "-le", "-like", "-notlike" ->
                    Operators.compare(cs ? "-c" + base.substring(1) : base, left, right);
            case "-match" -> Operators.match(left, right, cs, false, m -> { });
            case "-notmatch" -> Operators.match(left, right, cs, true, m -> { });
            case "-contains" -> Operators.contains(left, right, cs);
            case "-notcontains" -> !Operators.contains(left, right, cs);
            case "-in" -> Operators.contains(right, left, cs);
            case "-notin" -> !Operators.contains(right, left, cs);
            case "-is" -> Operators.is(left, type(c, right));
            case "-isnot" -> !Operators.is(left, type(c, right));
            default -> throw new IllegalStateException(operator);
        };
    }

    /** -Is accepts a type or its name, with or without brackets ({@code [int]}). */
    private static PSType type(CommandContext c, Object value) {
        Object v = LanguagePrimitives.base(value);
        if (v instanceof PSType t) {
            return t;
        }
        String name = LanguagePrimitives.toStringValue(v).trim();
        if (name.length() > 2 && name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return ((CommandContextImpl) c).interpreter().resolveType(TypeNames.parse(name, null));
    }
}
