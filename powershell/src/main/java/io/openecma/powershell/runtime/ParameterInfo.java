package io.openecma.powershell.runtime;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.ast.Expression;
import io.openecma.powershell.ast.Parameter;
import io.openecma.powershell.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/**
 * A script parameter's binding metadata, read from its attributes: type, [Parameter(...)]
 * settings, aliases and validation attributes. Attribute arguments are evaluated by the
 * interpreter ({@code eval}) because they may be expressions.
 */
record ParameterInfo(String name, TypeName typeName, boolean isSwitch, boolean mandatory, int position,
                     List<String> sets, boolean fromPipeline, boolean fromPipelineByName, boolean remaining,
                     List<String> aliases, List<Object> validateSet, boolean notNullOrEmpty, boolean notNull,
                     String validatePattern, Object[] validateRange, ScriptBlock validateScript, boolean allowNull,
                     boolean allowEmptyString, boolean allowEmptyCollection,
                     Expression defaultValue) {

    interface Evaluator {
        Object eval(Expression e);
    }

    static final String ALL_SETS = "__AllParameterSets";

    static ParameterInfo of(Parameter p, Evaluator ev) {
        TypeName type = null;
        boolean mandatory = false;
        int position = Integer.MIN_VALUE;
        List<String> sets = new ArrayList<>();
        boolean byValue = false;
        boolean byName = false;
        boolean remaining = false;
        List<String> aliases = new ArrayList<>();
        List<Object> validateSet = null;
        boolean notNullOrEmpty = false;
        boolean notNull = false;
        String pattern = null;
        Object[] range = null;
        ScriptBlock script = null;
        boolean allowNull = false;
        boolean allowEmptyString = false;
        boolean allowEmptyCollection = false;
        for (AttributeNode a : p.attributes()) {
            if (a.typeConstraint()) {
                type = a.typeName();
                continue;
            }
            String n = a.typeName().name().toLowerCase(java.util.Locale.ROOT);
            switch (n) {
                case "parameter" -> {
                    boolean thisMandatory = false;
                    String set = null;
                    for (var e : a.named().entrySet()) {
                        Object v = e.getValue() == null ? Boolean.TRUE : ev.eval(e.getValue());
                        switch (e.getKey().toLowerCase(java.util.Locale.ROOT)) {
                            case "mandatory" -> thisMandatory = LanguagePrimitives.isTrue(v);
                            case "position" -> position = LanguagePrimitives.toNumber(v).intValue();
                            case "parametersetname" -> set = LanguagePrimitives.toStringValue(v);
                            case "valuefrompipeline" -> byValue = LanguagePrimitives.isTrue(v);
                            case "valuefrompipelinebypropertyname" -> byName = LanguagePrimitives.isTrue(v);
                            case "valuefromremainingarguments" -> remaining = LanguagePrimitives.isTrue(v);
                            default -> { /* HelpMessage and others do not affect binding */ }
                        }
                    }
                    mandatory |= thisMandatory;
                    if (set != null) {
                        sets.add(set);
                    }
                }
                case "alias" -> a.positional().forEach(x -> LanguagePrimitives.toList(ev.eval(x))
                        .forEach(v -> aliases.add(LanguagePrimitives.toStringValue(v))));
                case "validateset" -> {
                    validateSet = new ArrayList<>();
                    for (Expression x : a.positional()) {
                        validateSet.addAll(LanguagePrimitives.toList(ev.eval(x)));
                    }
                }
                case "validatenotnullorempty" -> notNullOrEmpty = true;
                case "validatenotnull" -> notNull = true;
                case "validatepattern" -> pattern = LanguagePrimitives.toStringValue(ev.eval(a.positional().get(0)));
                case "validaterange" -> range = new Object[]{ev.eval(a.positional().get(0)), ev.eval(a.positional().get(1))};
                case "validatescript" -> script = (ScriptBlock) ev.eval(a.positional().get(0));
                case "allownull" -> allowNull = true;
                case "allowemptystring" -> allowEmptyString = true;
                case "allowemptycollection" -> allowEmptyCollection = true;
                default -> { /* other attributes (AllowNull, ValidateScript, ...) are accepted and not enforced */ }
            }
        }
        boolean isSwitch = type != null && type.name().equalsIgnoreCase("switch") && !type.isArray();
        return new ParameterInfo(p.name(), type, isSwitch, mandatory, position, sets, byValue, byName, remaining, aliases,
                validateSet, notNullOrEmpty, notNull, pattern, range, script, allowNull, allowEmptyString,
                allowEmptyCollection, p.defaultValue());
    }

    boolean inSet(String set) {
        return sets.isEmpty() || sets.contains(set);
    }

    boolean matches(String candidate) {
        return name.equalsIgnoreCase(candidate) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(candidate));
    }

    /**
     * One parameter of one command is one object: binding keys maps by it on every call, and the
     * record's own hashCode would walk the default value's syntax tree each time.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
