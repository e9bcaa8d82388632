package io.openecma.powershell.runtime;

import java.util.List;

/**
 * One declared parameter of a compiled cmdlet.
 *
 * @param name          canonical name (binding is case-insensitive and accepts unique prefixes)
 * @param typeName      .NET-style type the argument is converted to: "object", "string", "string[]",
 *                      "int", "switch", "scriptblock", "hashtable", "object[]", "bool", "datetime", ...
 * @param position      positional index, or -1 for named only
 * @param mandatory     missing -> a terminating ParameterBindingException
 * @param pipeline      whether the parameter takes pipeline input
 * @param aliases       alternative names
 * @param remaining     ValueFromRemainingArguments: collects unbound positional arguments
 */
public record ParameterSpec(String name, String typeName, int position, boolean mandatory,
                            PipelineInput pipeline, List<String> aliases, boolean remaining, java.util.Set<Allow> allows) {

    public enum PipelineInput { NONE, BY_VALUE, BY_PROPERTY_NAME, BY_VALUE_AND_PROPERTY_NAME }

    /** [AllowNull], [AllowEmptyString], [AllowEmptyCollection]: what a mandatory parameter accepts besides real values. */
    public enum Allow { NULL, EMPTY_STRING, EMPTY_COLLECTION }

    public ParameterSpec {
        aliases = List.copyOf(aliases);
        allows = allows.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(allows);
    }

    public ParameterSpec(String name, String typeName, int position, boolean mandatory,
                         PipelineInput pipeline, List<String> aliases, boolean remaining) {
        this(name, typeName, position, mandatory, pipeline, aliases, remaining, java.util.Set.of());
    }

    /** Declares [AllowNull]/[AllowEmptyString]/[AllowEmptyCollection] as the .NET cmdlet does. */
    public ParameterSpec allowing(Allow... what) {
        java.util.Set<Allow> all = new java.util.HashSet<>(allows);
        all.addAll(List.of(what));
        return new ParameterSpec(name, typeName, position, mandatory, pipeline, aliases, remaining, all);
    }

    public static ParameterSpec named(String name, String typeName) {
        return new ParameterSpec(name, typeName, -1, false, PipelineInput.NONE, List.of(), false);
    }

    public static ParameterSpec positional(String name, String typeName, int position) {
        return new ParameterSpec(name, typeName, position, false, PipelineInput.NONE, List.of(), false);
    }

    public static ParameterSpec switchParameter(String name) {
        return new ParameterSpec(name, "switch", -1, false, PipelineInput.NONE, List.of(), false);
    }

    public ParameterSpec asMandatory() {
        return new ParameterSpec(name, typeName, position, true, pipeline, aliases, remaining, allows);
    }

    public ParameterSpec fromPipeline(PipelineInput how) {
        return new ParameterSpec(name, typeName, position, mandatory, how, aliases, remaining, allows);
    }

    public ParameterSpec withAliases(String... names) {
        return new ParameterSpec(name, typeName, position, mandatory, pipeline, List.of(names), remaining, allows);
    }

    public ParameterSpec remainingArguments() {
        return new ParameterSpec(name, typeName, position, mandatory, pipeline, aliases, true, allows);
    }

    public boolean isSwitch() {
        return "switch".equalsIgnoreCase(typeName);
    }

    public boolean matches(String candidate) {
        if (name.equalsIgnoreCase(candidate)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> a.equalsIgnoreCase(candidate));
    }
}
