package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.types.PSType;

import java.util.ArrayList;
import java.util.List;

/**
 * A function's parameters as its metadata describes them to help (CompiledCommandParameter seen
 * from HelpCommentsParser): the same reading of [Parameter()] the binder uses, with the position
 * the compiler gives each one and the .NET short type name.
 */
public final class FunctionParameterMetadata {

    /** One parameter; position is 0-based, or -1 for a named-only parameter. */
    public record Entry(Parameter declaration, String typeName, List<String> enumNames, boolean isSwitch,
                        boolean mandatory, int position, List<String> sets, boolean fromPipeline,
                        boolean fromPipelineByName, Expression defaultValue, String defaultHelp) {

        /** The attribute's presence, by name ([SupportsWildcards()], [PSDefaultValue()]). */
        public AttributeNode attribute(String name) {
            for (AttributeNode a : declaration.attributes()) {
                if (!a.typeConstraint() && a.typeName().name().equalsIgnoreCase(name)) {
                    return a;
                }
            }
            return null;
        }
    }

    private FunctionParameterMetadata() {
    }

    /** The parameters of a function or script body, evaluating attribute arguments in the caller's session. */
    public static List<Entry> of(CommandContext c, List<Parameter> declared) {
        Interpreter interp = ((CommandContextImpl) c).interpreter();
        List<ParameterInfo> infos = new ArrayList<>();
        for (Parameter p : declared) {
            infos.add(ParameterInfo.of(p, interp::eval));
        }
        // Compiler.GetParameterMetaData: positions are automatic unless some parameter has a
        // Position or a named parameter set; switches never get one.
        boolean explicit = infos.stream().anyMatch(p -> p.position() != Integer.MIN_VALUE || !p.sets().isEmpty());
        List<Entry> out = new ArrayList<>();
        int implicit = 0;
        for (int i = 0; i < infos.size(); i++) {
            ParameterInfo p = infos.get(i);
            int position = -1;
            if (!p.isSwitch()) {
                if (explicit) {
                    position = p.position() == Integer.MIN_VALUE ? -1 : p.position();
                } else {
                    position = implicit++;
                }
            }
            String typeName = "Object";
            List<String> enumNames = List.of();
            if (p.isSwitch()) {
                typeName = "SwitchParameter";
            } else if (p.typeName() != null) {
                PSType t = resolve(interp, p.typeName());
                String name = t != null ? t.getName() : p.typeName().name();
                typeName = name.substring(name.lastIndexOf('.') + 1) + "[]".repeat(Math.max(0, p.typeName().arrayRank()));
                if (t != null && t.javaClass() != null && t.javaClass().isEnum()) {
                    List<String> names = new ArrayList<>();
                    for (Object constant : t.javaClass().getEnumConstants()) {
                        names.add(((Enum<?>) constant).name());
                    }
                    enumNames = names;
                }
            }
            out.add(new Entry(declared.get(i), typeName, enumNames, p.isSwitch(), p.mandatory(), position, p.sets(),
                    p.fromPipeline(), p.fromPipelineByName(), p.defaultValue(), defaultHelp(interp, declared.get(i))));
        }
        return out;
    }

    /** The Help text of [PSDefaultValue(Help = ...)], or null. */
    private static String defaultHelp(Interpreter interp, Parameter p) {
        for (AttributeNode a : p.attributes()) {
            if (!a.typeConstraint() && a.typeName().name().equalsIgnoreCase("PSDefaultValue")) {
                for (var e : a.named().entrySet()) {
                    if (e.getKey().equalsIgnoreCase("Help") && e.getValue() != null) {
                        return LanguagePrimitives.toStringValue(interp.eval(e.getValue()));
                    }
                }
            }
        }
        return null;
    }

    private static PSType resolve(Interpreter interp, io.openecma.powershell.ast.TypeName name) {
        try {
            return interp.resolveType(new io.openecma.powershell.ast.TypeName(name.name(), name.genericArguments(), 0));
        } catch (RuntimeException e) {
            return null;  // a type this engine does not know still has a name to show
        }
    }
}
