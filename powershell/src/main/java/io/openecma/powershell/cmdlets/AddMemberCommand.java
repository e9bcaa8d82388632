package io.openecma.powershell.cmdlets;

import io.openecma.powershell.parser.TypeNames;
import io.openecma.powershell.runtime.CmdletDefinition;
import io.openecma.powershell.runtime.CmdletRegistry;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.CommandContextImpl;
import io.openecma.powershell.runtime.InstanceMembers;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.runtime.ParameterSpec;
import io.openecma.powershell.runtime.ParameterSpec.PipelineInput;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.PSType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Add-Member as AddMemberCommand (AddMember.cs) does it: the MemberSet parameter set (-MemberType,
 * -Name, -Value, -SecondValue at positions 0-3), NotePropertySingleMemberSet (-NotePropertyName,
 * -NotePropertyValue at 0-1), NotePropertyMultiMemberSet (-NotePropertyMembers at 0) and
 * TypeNameSet. Members go on the object's PSObject; an object that is not one keeps them in the
 * instance-member table ({@link InstanceMembers}), and -PassThru writes the wrapper. CodeProperty and
 * CodeMethod need a .NET MethodInfo, which scripts here cannot make, so they fail as 5.1 does for a
 * value that is not one.
 */
final class AddMemberCommand {

    /** PSMemberTypes (System.Management.Automation, 5.1), in declaration order. */
    private static final String[] NAMES = {"AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty",
            "Properties", "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty",
            "MemberSet", "Event", "Dynamic", "All"};
    private static final int[] VALUES = {1, 2, 4, 8, 16, 31, 32, 64, 128, 256, 448, 512, 1024, 2048, 4096, 8191};
    /** The member types Add-Member can add; a NotePropertyName that names one of these goes to -MemberType. */
    private static final int ADDABLE = 1 | 2 | 8 | 16 | 32 | 128 | 256 | 1024;
    private static final String POSITIONAL = "PositionalArguments";

    private AddMemberCommand() {
    }

    static void register(CmdletRegistry r) {
        // The positional slots of all four parameter sets are resolved here (see positional()), so
        // the declared parameters are named only and one ValueFromRemainingArguments list collects them.
        r.register(CmdletDefinition.of("Add-Member", () -> AddMemberCommand::process,
                ParameterSpec.named("InputObject", "object").fromPipeline(PipelineInput.BY_VALUE),
                ParameterSpec.named("MemberType", "object").withAliases("Type"),
                ParameterSpec.named("Name", "object"), ParameterSpec.named("Value", "object"),
                ParameterSpec.named("SecondValue", "object"),
                ParameterSpec.named("NotePropertyName", "object"), ParameterSpec.named("NotePropertyValue", "object"),
                ParameterSpec.named("NotePropertyMembers", "object"), ParameterSpec.named("TypeName", "object"),
                ParameterSpec.switchParameter("Force"), ParameterSpec.switchParameter("PassThru"),
                ParameterSpec.named(POSITIONAL, "object[]").remainingArguments()));
    }

    /** The bound arguments after positional binding, by parameter set. */
    private static final class Args {
        final Map<String, Object> named = new java.util.LinkedHashMap<>();

        boolean has(String name) {
            return named.containsKey(name);
        }

        Object get(String name) {
            return LanguagePrimitives.unwrapNull(named.get(name));
        }
    }

    private static void process(CommandContext c) {
        Args a = bind(c);
        if (a.has("Name")) {
            notNullOrEmpty(c, "Name", a.get("Name"));
        }
        if (a.has("NotePropertyName")) {
            notNullOrEmpty(c, "NotePropertyName", a.get("NotePropertyName"));
        }
        Integer memberType = null;
        if (a.has("MemberType")) {
            Object mt = a.get("MemberType");
            if (mt == null) {
                throw bindingError(c, "Cannot bind argument to parameter 'MemberType' because it is null.",
                        "ParameterArgumentValidationErrorNullNotAllowed");
            }
            memberType = memberType(mt);
            if (memberType == null) {
                throw bindingError(c, "Cannot bind parameter 'MemberType'. Cannot convert value \"" + LanguagePrimitives.toStringValue(mt)
                        + "\" to type \"System.Management.Automation.PSMemberTypes\". Error: \"Unable to match the identifier name "
                        + LanguagePrimitives.toStringValue(mt) + " to a valid enumerator name. Specify one of the following enumerator names and try again:"
                        + System.lineSeparator() + String.join(", ", NAMES) + "\"", "CannotConvertArgumentNoMessage");
            }
        }
        if (a.has("TypeName") && (a.get("TypeName") == null || LanguagePrimitives.toStringValue(a.get("TypeName")).isEmpty())) {
            throw bindingError(c, "Cannot validate argument on parameter 'TypeName'. The argument is null or empty. Provide an argument "
                    + "that is not null or empty, and then try the command again.", "ParameterArgumentValidationError");
        }
        Object input = LanguagePrimitives.unwrapNull(c.parameter("InputObject"));
        if (input == null) {
            throw bindingError(c, "Cannot bind argument to parameter 'InputObject' because it is null.",
                    "ParameterArgumentValidationErrorNullNotAllowed");
        }
        String typeName = a.has("TypeName") ? LanguagePrimitives.toStringValue(a.get("TypeName")) : null;
        if (typeName != null && typeName.isBlank()) {
            throw error(c, "TypeNameShouldNotBeEmpty", "The TypeName parameter should not be null, empty, or contain only white spaces.");
        }
        PSObject target = InstanceMembers.attach(input);
        boolean force = c.switchPresent("Force");
        boolean added;
        if (a.has("NotePropertyMembers")) {
            added = false;
            if (!(a.get("NotePropertyMembers") instanceof Map<?, ?> members) || members.isEmpty()) {
                throw bindingError(c, "Cannot validate argument on parameter 'NotePropertyMembers'. The argument is null, empty, or an "
                        + "element of the argument collection contains a null value. Supply a collection that does not contain any "
                        + "null values and then try the command again.", "ParameterArgumentValidationError");
            }
            for (Map.Entry<?, ?> e : members.entrySet()) {
                String name = LanguagePrimitives.toStringValue(e.getKey());
                if (name.isEmpty()) {
                    c.writeError("System.InvalidOperationException", "The name for a NoteProperty member should not be null or an empty string.",
                            "NotePropertyNameShouldNotBeNull", "InvalidOperation", name);
                    continue;
                }
                added |= addTo(c, target, name, e.getValue(), force);
            }
        } else if (a.has("NotePropertyName")) {
            added = addTo(c, target, noteName(a.get("NotePropertyName")), a.named.get("NotePropertyValue"), force);
        } else if (memberType != null) {
            if (!a.has("Name")) {
                throw bindingError(c, "Cannot process command because of one or more missing mandatory parameters: Name.",
                        "MissingMandatoryParameter");
            }
            Object member = member(c, a, memberType);
            added = addTo(c, target, LanguagePrimitives.toStringValue(a.get("Name")), member, force);
        } else if (typeName != null) {
            added = true;
        } else {
            throw bindingError(c, "Parameter set cannot be resolved using the specified named parameters.", "AmbiguousParameterSet");
        }
        if (!added) {
            return;
        }
        if (typeName != null) {
            // UpdateTypeNames: a type shortcut stands for its full name
            PSType type = resolveType(c, typeName);
            target.typeNames().add(0, type != null ? type.fullName() : typeName);
        }
        if (c.switchPresent("PassThru")) {
            c.writeObject(target);
        }
    }

    /** PowerShell's positional binding across the four parameter sets, as the 5.1 binder resolves them. */
    private static Args bind(CommandContext c) {
        Args a = new Args();
        for (String p : List.of("MemberType", "Name", "Value", "SecondValue", "NotePropertyName", "NotePropertyValue",
                "NotePropertyMembers", "TypeName")) {
            if (c.isBound(p)) {
                a.named.put(p, c.parameter(p));
            }
        }
        List<Object> rest = c.isBound(POSITIONAL) ? new ArrayList<>(LanguagePrimitives.toList(c.parameter(POSITIONAL))) : new ArrayList<>();
        if (rest.isEmpty()) {
            return a;
        }
        boolean memberSetNamed = a.has("MemberType") || a.has("Name") || a.has("Value") || a.has("SecondValue");
        boolean noteNamed = a.has("NotePropertyName") || a.has("NotePropertyValue");
        Object first = LanguagePrimitives.base(rest.get(0));
        if (!memberSetNamed && !noteNamed && rest.size() == 1 && first instanceof Map<?, ?>) {
            a.named.put("NotePropertyMembers", first);
            return a;
        }
        // NotePropertySingleMemberSet takes two positionals; its name may not be one of the addable member types
        // (ValidateNotePropertyNameAttribute), which sends such a value to -MemberType instead.
        Integer asType = memberType(first);
        boolean note = !memberSetNamed && rest.size() + (a.has("NotePropertyName") ? 1 : 0) + (a.has("NotePropertyValue") ? 1 : 0) <= 2
                && (noteNamed || asType == null || (asType & ADDABLE) == 0 || Integer.bitCount(asType) != 1);
        String[] slots = note ? new String[]{"NotePropertyName", "NotePropertyValue"}
                : new String[]{"MemberType", "Name", "Value", "SecondValue"};
        int i = 0;
        for (String slot : slots) {
            if (i < rest.size() && !a.has(slot)) {
                a.named.put(slot, rest.get(i++));
            }
        }
        if (i < rest.size()) {
            throw bindingError(c, "A positional parameter cannot be found that accepts argument '"
                    + LanguagePrimitives.toStringValue(rest.get(i)) + "'.", "PositionalParameterNotFound");
        }
        return a;
    }

    /** The member of a MemberSet-set call, validated as AddMember.cs's Get*Member methods do. */
    private static Object member(CommandContext c, Args a, int type) {
        String typeText = text(type);
        boolean v1 = a.has("Value");
        boolean v2 = a.has("SecondValue");
        Object value = a.get("Value");
        Object second = a.get("SecondValue");
        if (Integer.bitCount(type) != 1) {
            throw error(c, "WrongMemberCount", "To add a member, only one member type can be specified. The member types specified are: \""
                    + typeText + "\"");
        }
        switch (type) {
            case 1 -> { // AliasProperty
                requireValue(c, v1, value, typeText);
                PSType conversion = null;
                if (v2) {
                    if (second == null) {
                        throw error(c, "Value2ShouldNotBeNull", "The SecondValue parameter should not be null for a member of type \""
                                + typeText + "\". Specify a non-null value for the SecondValue parameter when adding members of this type.");
                    }
                    conversion = second instanceof PSType t ? t : resolveType(c, LanguagePrimitives.toStringValue(second));
                    if (conversion == null) {
                        throw castError(c, "InvalidCastFromStringToType", second, "System.Type");
                    }
                }
                return new PSObject.AliasMember(LanguagePrimitives.toStringValue(value), conversion);
            }
            case 2, 128 -> { // CodeProperty, CodeMethod
                if (type == 2) {
                    bothNotNull(c, v1, value, v2, second, typeText);
                } else {
                    requireValue(c, v1, value, typeText);
                    noSecondValue(c, v2, typeText);
                }
                throw castError(c, "ConvertToFinalInvalidCastException", value != null ? value : second, "System.Reflection.MethodInfo");
            }
            case 1024 -> { // MemberSet
                noSecondValue(c, v2, typeText);
                PSObject set = new PSObject();
                if (value != null) {
                    if (!(LanguagePrimitives.isEnumerable(value))) {
                        throw castError(c, "ConvertToFinalInvalidCastException", value,
                                "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSMemberInfo]");
                    }
                    for (Object m : LanguagePrimitives.toList(value)) {
                        Object name = io.openecma.powershell.types.Members.getProperty(m, "Name");
                        Object mv = io.openecma.powershell.types.Members.getProperty(m, "Value");
                        if (name == io.openecma.powershell.types.Members.MISSING) {
                            throw castError(c, "ConvertToFinalInvalidCastException", value,
                                    "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSMemberInfo]");
                        }
                        set.setProperty(LanguagePrimitives.toStringValue(name), mv == io.openecma.powershell.types.Members.MISSING ? null : mv);
                    }
                }
                return set;
            }
            case 8 -> { // NoteProperty
                if (!v1) {
                    throw valueRequired(c, typeText);
                }
                noSecondValue(c, v2, typeText);
                return value;
            }
            case 32 -> { // PropertySet: the names it groups
                noSecondValue(c, v2, typeText);
                requireValue(c, v1, value, typeText);
                List<String> names = new ArrayList<>();
                for (Object n : LanguagePrimitives.toList(value)) {
                    names.add(LanguagePrimitives.toStringValue(n));
                }
                return names;
            }
            case 256 -> { // ScriptMethod
                noSecondValue(c, v2, typeText);
                requireValue(c, v1, value, typeText);
                return new PSObject.ScriptMember(scriptBlock(c, value), true);
            }
            case 16 -> { // ScriptProperty
                bothNotNull(c, v1, value, v2, second, typeText);
                return new PSObject.ScriptMember(value == null ? null : scriptBlock(c, value), false,
                        second == null ? null : scriptBlock(c, second));
            }
            default -> throw error(c, "CannotAddMemberType", "Cannot add a member with type \"" + typeText
                    + "\". Specify a different type for the MemberTypes parameter.");
        }
    }

    /** AddMemberToTarget: an existing member is an error unless -Force replaces it. */
    private static boolean addTo(CommandContext c, PSObject target, String name, Object member, boolean force) {
        if (target.hasProperty(name) && !force) {
            c.writeError("System.InvalidOperationException", "Cannot add a member with the name \"" + name
                    + "\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.",
                    "MemberAlreadyExists", "InvalidOperation", target);
            return false;
        }
        target.setProperty(name, member);
        return true;
    }

    /** NotePropertyTransformationAttribute: a number names the member by its text. */
    private static String noteName(Object v) {
        return LanguagePrimitives.toStringValue(v);
    }

    private static Integer memberType(Object v) {
        Object b = LanguagePrimitives.base(v);
        if (b instanceof Number n && n.longValue() == n.intValue()) {
            int bits = n.intValue();
            return bits >= 0 && (bits & ~8191) == 0 ? bits : null;
        }
        if (!(b instanceof String s) || s.isBlank()) {
            return null;
        }
        int bits = 0;
        for (String part : s.split(",")) {
            String p = part.strip();
            int found = -1;
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].equalsIgnoreCase(p)) {
                    found = VALUES[i];
                }
            }
            if (found < 0) {
                try {
                    found = Integer.parseInt(p);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            bits |= found;
        }
        return bits;
    }

    /** PSMemberTypes.ToString(): a defined value's name, else the flags it combines. */
    private static String text(int type) {
        for (int i = 0; i < NAMES.length; i++) {
            if (VALUES[i] == type) {
                return NAMES[i];
            }
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            if (Integer.bitCount(VALUES[i]) == 1 && (type & VALUES[i]) != 0) {
                parts.add(NAMES[i]);
            }
        }
        return String.join(", ", parts);
    }

    private static ScriptBlock scriptBlock(CommandContext c, Object v) {
        if (LanguagePrimitives.base(v) instanceof ScriptBlock sb) {
            return sb;
        }
        throw castError(c, "ConvertToFinalInvalidCastException", v, "System.Management.Automation.ScriptBlock");
    }

    private static PSType resolveType(CommandContext c, String name) {
        try {
            var interp = ((CommandContextImpl) c).interpreter();
            return interp.context().types().resolve(TypeNames.parse(name, interp.position()));
        } catch (PSRuntimeException e) {
            return null;
        }
    }

    private static void requireValue(CommandContext c, boolean specified, Object value, String typeText) {
        if (!specified) {
            throw valueRequired(c, typeText);
        }
        if (value == null) {
            throw error(c, "Value1ShouldNotBeNull", "The Value parameter should not be null for a member of type \"" + typeText
                    + "\". Specify a non-null value for the Value parameter when adding members of this type.");
        }
    }

    /** 5.1 prompts for a missing Value (EnsureValue1HasBeenSpecified); a script host cannot answer, so it is an error. */
    private static PSRuntimeException valueRequired(CommandContext c, String typeText) {
        return error(c, "Value1Prompt", "The Value parameter is required for a member of type \"" + typeText
                + "\". Specify the Value parameter when adding members of this type.");
    }

    private static void noSecondValue(CommandContext c, boolean specified, String typeText) {
        if (specified) {
            throw error(c, "Value2ShouldNotBeSpecified", "The SecondValue parameter is not necessary for a member of type \"" + typeText
                    + "\", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.");
        }
    }

    private static void bothNotNull(CommandContext c, boolean v1, Object value, boolean v2, Object second, String typeText) {
        if (!v1 && !v2) {
            throw valueRequired(c, typeText);
        }
        if (value == null && second == null) {
            throw error(c, "Value1AndValue2AreNotBothNull", "Both Value and SecondValue parameters should not be null for a member of type \""
                    + typeText + "\". Specify a non-null value for one of the two parameters.");
        }
    }

    private static void notNullOrEmpty(CommandContext c, String parameter, Object v) {
        if (v == null) {
            throw bindingError(c, "Cannot bind argument to parameter '" + parameter + "' because it is null.",
                    "ParameterArgumentValidationErrorNullNotAllowed");
        }
        if (LanguagePrimitives.base(v) instanceof String s && s.isEmpty()) {
            throw bindingError(c, "Cannot bind argument to parameter '" + parameter + "' because it is an empty string.",
                    "ParameterArgumentValidationErrorEmptyStringNotAllowed");
        }
    }

    /** AddMemberCommand.NewError: an InvalidOperationException with category InvalidOperation. */
    private static PSRuntimeException error(CommandContext c, String id, String message) {
        return c.terminatingError("System.InvalidOperationException", message, id, "InvalidOperation");
    }

    /** LanguagePrimitives.ConvertTo failing inside the cmdlet: a PSInvalidCastException. */
    private static PSRuntimeException castError(CommandContext c, String id, Object value, String toType) {
        Object b = LanguagePrimitives.base(value);
        return c.terminatingError("System.Management.Automation.PSInvalidCastException", "Cannot convert the \""
                + LanguagePrimitives.toStringValue(b) + "\" value of type \"" + io.openecma.powershell.types.TypeRegistry.typeNameOf(b)
                + "\" to type \"" + toType + "\".", id, "InvalidArgument");
    }

    private static PSRuntimeException bindingError(CommandContext c, String message, String id) {
        String type = id.startsWith("ParameterArgumentValidationError") ? "System.Management.Automation.ParameterBindingValidationException"
                : "System.Management.Automation.ParameterBindingException";
        return c.terminatingError(type, message, id, type.endsWith("ValidationException") ? "InvalidData" : "InvalidArgument");
    }
}
