package io.openecma.powershell.types.ets;

import io.openecma.powershell.types.DotNetList;

import java.util.List;

/** System.Management.Automation.PSPropertySet as a script reads it from PSStandardMembers. */
public final class PropertySetValue {
    private final String name;
    private final List<String> referenced;

    PropertySetValue(String name, List<String> referenced) {
        this.name = name;
        this.referenced = referenced;
    }

    public String getName() {
        return name;
    }

    public String getMemberType() {
        return "PropertySet";
    }

    public List<Object> getReferencedPropertyNames() {
        DotNetList names = new DotNetList(null);
        names.addAll(referenced);
        return names;
    }

    @Override
    public String toString() {
        return name + " {" + String.join(", ", referenced) + "}";
    }
}
