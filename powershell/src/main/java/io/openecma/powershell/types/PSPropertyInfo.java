package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.Locale;

/**
 * One entry of {@code $obj.PSObject.Properties} (PSNoteProperty / PSProperty): reading
 * {@code Value} reads the object's property now, setting it writes the property back.
 */
public final class PSPropertyInfo {
    private final Object owner;
    private final String name;
    private final String memberType;

    PSPropertyInfo(Object owner, String name, String memberType) {
        this.owner = owner;
        this.name = name;
        this.memberType = memberType;
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        Object v = Members.getProperty(owner, name);
        return v == Members.MISSING ? null : v;
    }

    public void setValue(Object value) {
        Members.setProperty(owner, name, value);
    }

    public String getMemberType() {
        return memberType;
    }

    public boolean getIsGettable() {
        return true;
    }

    public boolean getIsSettable() {
        return true;
    }

    public String getTypeNameOfValue() {
        Object v = LanguagePrimitives.unwrapNull(getValue());
        return v == null ? "System.Object" : TypeRegistry.typeNameOf(v);
    }

    /**
     * The same property of the same object is one member, as PowerShell hands out one PSNoteProperty
     * instance per property ({@code $o.PSObject.Properties['a'] -eq $o.PSObject.Properties['a']} is True),
     * while this engine makes a view per question.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PSPropertyInfo p && p.owner == owner && p.memberType.equals(memberType)
                && p.name.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(owner) * 31 + name.toLowerCase(Locale.ROOT).hashCode();
    }

    /** As .NET prints a PSNoteProperty: {@code string Name=value}. */
    @Override
    public String toString() {
        Object v = LanguagePrimitives.unwrapNull(getValue());
        String type = getTypeNameOfValue();
        String shortType = type.startsWith("System.") ? type.substring("System.".length()).toLowerCase() : type;
        return shortType + " " + name + "=" + (v == null ? "" : LanguagePrimitives.toStringValue(v));
    }
}
