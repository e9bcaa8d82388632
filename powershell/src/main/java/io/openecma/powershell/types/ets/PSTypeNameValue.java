package io.openecma.powershell.types.ets;

import io.openecma.powershell.types.PSType;

/**
 * System.Management.Automation.PSTypeName: a type's name and, when the session knows a type of that
 * name, the type itself (null otherwise), e.g. {@code ([PSTypeName]'Employee').Type} before Add-Type.
 */
public final class PSTypeNameValue {
    private final String name;

    public PSTypeNameValue(String name) {
        this.name = name;
    }

    public PSTypeNameValue(PSType type) {
        this.name = type.fullName();
    }

    public String getName() {
        return name;
    }

    public PSType getType() {
        return TypesFileReader.resolve(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
