package io.openecma.powershell.cmdlets.typedata;

import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.ets.StandardMembers;
import io.openecma.powershell.types.ets.TypeData;
import io.openecma.powershell.types.ets.TypeMemberData;

import java.util.List;

/**
 * Update-TypeData's DynamicTypeSet (UpdateTypeDataCommand.ProcessDynamicType): the TypeData that
 * -TypeName with -MemberType/-MemberName/-Value/-SecondValue and the standard-member parameters
 * describe, with UpdateDataStrings' errors for a member given incompletely.
 */
final class DynamicTypeData {
    static final List<String> PARAMETERS = List.of("MemberType", "MemberName", "Value", "SecondValue", "TypeConverter",
            "TypeAdapter", "SerializationMethod", "TargetTypeForDeserialization", "SerializationDepth", "DefaultDisplayProperty",
            "InheritPropertySerializationSet", "StringSerializationSource", "DefaultDisplayPropertySet", "DefaultKeyPropertySet",
            "PropertySerializationSet", "TypeName");
    private static final List<String> MEMBER_TYPES = List.of("NoteProperty", "AliasProperty", "ScriptProperty",
            "CodeProperty", "ScriptMethod", "CodeMethod");

    private final CommandContext c;
    private String memberType;

    private DynamicTypeData(CommandContext c) {
        this.c = c;
    }

    /** The TypeData for {@code typeName}; throws the terminating errors ProcessDynamicType throws. */
    static TypeData build(CommandContext c, String typeName) {
        return new DynamicTypeData(c).build(typeName);
    }

    private TypeData build(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            throw error("TargetTypeNameEmpty", "The target type name should not be null, empty, or contain only white spaces.");
        }
        TypeData type = new TypeData(typeName);
        type.setIsOverride(c.switchPresent("Force"));
        addMember(type);
        if (c.isBound("TypeConverter")) {
            type.setTypeConverter(TypeNameArgument.type(c, "TypeConverter"));
        }
        if (c.isBound("TypeAdapter")) {
            type.setTypeAdapter(TypeNameArgument.type(c, "TypeAdapter"));
        }
        note(type, "SerializationMethod", c.parameter("SerializationMethod"));
        if (c.isBound("TargetTypeForDeserialization")) {
            note(type, "TargetTypeForDeserialization", TypeNameArgument.type(c, "TargetTypeForDeserialization"));
        }
        if (c.isBound("SerializationDepth")) {
            note(type, "SerializationDepth", c.parameter("SerializationDepth"));
        }
        note(type, "DefaultDisplayProperty", c.parameter("DefaultDisplayProperty"));
        if (c.isBound("InheritPropertySerializationSet")) {
            note(type, "InheritPropertySerializationSet", LanguagePrimitives.isTrue(c.parameter("InheritPropertySerializationSet")));
        }
        if (c.parameter("StringSerializationSource") != null) {
            type.putStandardMember(new TypeMemberData.AliasProperty("StringSerializationSource",
                    LanguagePrimitives.toStringValue(c.parameter("StringSerializationSource")), null), true);
        }
        for (String set : List.of("DefaultDisplayPropertySet", "DefaultKeyPropertySet", "PropertySerializationSet")) {
            if (c.parameter(set) != null) {
                List<String> names = LanguagePrimitives.toList(c.parameter(set)).stream().map(LanguagePrimitives::toStringValue).toList();
                type.putStandardMember(new TypeMemberData.PropertySet(set, names), true);
            }
        }
        return type;
    }

    private void note(TypeData type, String name, Object value) {
        if (value != null) {
            try {
                type.putStandardMember(StandardMembers.normalize(new TypeMemberData.NoteProperty(name, value)), true);
            } catch (IllegalArgumentException e) {
                throw c.terminatingError("System.Management.Automation.PSInvalidCastException", e.getMessage(),
                        "InvalidCastFromStringToType", "InvalidArgument");
            }
        }
    }

    private void addMember(TypeData type) {
        if (!c.isBound("MemberType")) {
            if (c.isBound("MemberName") || c.isBound("Value") || c.isBound("SecondValue")) {
                throw error("MemberTypeIsMissing", "The MemberName, Value, and SecondValue parameters cannot be specified without the MemberType parameter.");
            }
            return;
        }
        memberType = memberType(LanguagePrimitives.toStringValue(c.parameter("MemberType")));
        String name = LanguagePrimitives.toStringValue(c.parameter("MemberName"));
        if (name == null || name.isEmpty()) {
            throw error("MemberNameShouldBeSpecified", shouldBeSpecified("MemberName"));
        }
        if (!c.isBound("Value")) {
            throw error("ValueShouldBeSpecified", shouldBeSpecified("Value"));
        }
        Object value = LanguagePrimitives.base(c.parameter("Value"));
        Object second = LanguagePrimitives.base(c.parameter("SecondValue"));
        TypeMemberData member = switch (memberType) {
            case "NoteProperty" -> {
                noSecondValue(second);
                yield new TypeMemberData.NoteProperty(name, value);
            }
            case "AliasProperty" -> {
                if (value == null || value instanceof String s && s.isEmpty()) {
                    throw error("ValueShouldBeSpecified", "The Value parameter should not be null or an empty string for a member of type \""
                            + memberType + "\". Specify a non-null value for the Value parameter when updating this member type.");
                }
                PSType type2 = second == null ? null : TypeNameArgument.resolve(LanguagePrimitives.toStringValue(second));
                if (second != null && type2 == null) {
                    throw c.terminatingError("System.Management.Automation.PSInvalidCastException", "Cannot convert the \""
                            + second + "\" value of type \"System.String\" to type \"System.Type\".", "InvalidCastFromStringToType", "InvalidArgument");
                }
                yield new TypeMemberData.AliasProperty(name, LanguagePrimitives.toStringValue(value), type2);
            }
            case "ScriptProperty" -> {
                if (value == null && second == null) {
                    throw error("ValueAndSecondValueAreNotBothNull", "The Value and SecondValue parameters should not both be null for a member of type \""
                            + memberType + "\". Specify a non-null value for one of the two parameters.");
                }
                yield new TypeMemberData.ScriptProperty(name, script(value), script(second));
            }
            case "ScriptMethod" -> {
                noSecondValue(second);
                yield new TypeMemberData.ScriptMethod(name, script(value));
            }
            default -> throw error("CannotUpdateMemberType", "The " + memberType
                    + " member type references compiled .NET code, which this engine does not host.");
        };
        type.putMember(member, true);
    }

    private String memberType(String given) {
        for (String t : MEMBER_TYPES) {
            if (t.equalsIgnoreCase(given == null ? "" : given.trim())) {
                return t;
            }
        }
        throw c.terminatingError("System.Management.Automation.ParameterBindingValidationException",
                "Cannot validate argument on parameter 'MemberType'. The argument \"" + given + "\" does not belong to the set \""
                        + String.join(",", MEMBER_TYPES) + "\" specified by the ValidateSet attribute. Supply an argument that is in "
                        + "the set and then try the command again.", "ParameterArgumentValidationError", "InvalidData");
    }

    private void noSecondValue(Object second) {
        if (second != null) {
            throw error("SecondValueShouldNotBeSpecified", "The SecondValue parameter is not necessary for a member of type \""
                    + memberType + "\", and should not be specified. Do not specify the SecondValue parameter when updating this member type.");
        }
    }

    private ScriptBlock script(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof ScriptBlock sb) {
            return sb;
        }
        throw c.terminatingError("System.Management.Automation.PSInvalidCastException", "Cannot convert the \"" + value
                + "\" value of type \"" + io.openecma.powershell.types.TypeRegistry.typeNameOf(value)
                + "\" to type \"System.Management.Automation.ScriptBlock\".", "InvalidCastToScriptBlock", "InvalidArgument");
    }

    /** UpdateDataStrings.ShouldBeSpecified. */
    private String shouldBeSpecified(String parameter) {
        return "The " + parameter + " parameter is required for the type \"" + memberType + "\". Please specify the "
                + parameter + " parameter.";
    }

    private RuntimeException error(String id, String message) {
        return c.terminatingError("System.InvalidOperationException", message, id, "InvalidOperation");
    }

    static boolean anyBound(CommandContext c) {
        return PARAMETERS.stream().anyMatch(c::isBound);
    }
}
