package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;

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

    /** As .NET prints a PSNoteProperty: {@code string Name=value}. */
    @Override
    public String toString() {
        Object v = LanguagePrimitives.unwrapNull(getValue());
        String type = getTypeNameOfValue();
        String shortType = type.startsWith("System.") ? type.substring("System.".length()).toLowerCase() : type;
        return shortType + " " + name + "=" + (v == null ? "" : LanguagePrimitives.toStringValue(v));
    }
}
