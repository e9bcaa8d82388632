package io.openecma.powershell.types.ets;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.types.PSType;

import java.util.List;
import java.util.Locale;

/**
 * The PSStandardMembers member set: its notes converted to the types TypeTable.CheckStandardMembers
 * requires (SerializationMethod, a Type, an int depth, a bool) and the view a script reads through
 * {@code $obj.PSStandardMembers}, the most derived type's setting first.
 */
public final class StandardMembers {
    private StandardMembers() {
    }

    /** The member with its value converted; IllegalArgumentException in TypesXmlStrings.ErrorConvertingNote's words. */
    public static TypeMemberData normalize(TypeMemberData member) {
        if (!(member instanceof TypeMemberData.NoteProperty note) || note.getValue() == null) {
            return member;
        }
        Object v = LanguagePrimitives.base(note.getValue());
        String name = note.getName();
        try {
            Object converted = switch (name.toLowerCase(Locale.ROOT)) {
                case "serializationmethod" -> v instanceof SerializationMethod ? v : serializationMethod(LanguagePrimitives.toStringValue(v));
                case "serializationdepth" -> ExecutionContext.current().types().lookup("System.Int32").convert(v);
                case "inheritpropertyserializationset" -> v instanceof Boolean ? v : Boolean.parseBoolean(LanguagePrimitives.toStringValue(v).trim());
                case "targettypefordeserialization" -> v instanceof PSType ? v : type(LanguagePrimitives.toStringValue(v));
                default -> v;
            };
            return new TypeMemberData.NoteProperty(note.getName(), converted);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Cannot convert note \"" + name + "\":\"" + e.getMessage() + "\".", e);
        }
    }

    private static SerializationMethod serializationMethod(String text) {
        for (SerializationMethod m : SerializationMethod.values()) {
            if (m.name().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("Cannot convert value \"" + text + "\" to type \"System.Management.Automation.SerializationMethod\".");
    }

    private static PSType type(String name) {
        PSType t = TypesFileReader.resolve(name);
        if (t == null) {
            throw new IllegalArgumentException("Unable to find type [" + name + "].");
        }
        return t;
    }

    /** {@code $target.PSStandardMembers}: null when no type of the object defines any. */
    static Object view(Object target, List<TypeData> chain) {
        PSObject view = null;
        for (TypeData t : chain) {
            for (TypeMemberData m : t.standardMemberList()) {
                if (view == null) {
                    view = new PSObject();
                }
                if (view.property(m.getName()) == null) {
                    view.addNoteProperty(m.getName(), valueOf(target, m));
                }
            }
        }
        return view;
    }

    private static Object valueOf(Object target, TypeMemberData m) {
        if (m instanceof TypeMemberData.NoteProperty n) {
            return n.getValue();
        }
        if (m instanceof TypeMemberData.AliasProperty a) {
            return ExecutionContext.current().interpreter().getMember(target, a.getReferencedMemberName());
        }
        if (m instanceof TypeMemberData.PropertySet p) {
            return new PropertySetValue(p.getName(), p.getReferencedProperties());
        }
        return null;
    }
}
