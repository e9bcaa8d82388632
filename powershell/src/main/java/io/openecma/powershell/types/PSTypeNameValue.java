package io.openecma.powershell.types;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

/**
 * System.Management.Automation.PSTypeName: a type's name, and the type it names when one is known
 * where it is asked ({@code ([PSTypeName]'Employee').Type} is null until Add-Type defines Employee).
 * The type is resolved when asked, not when the name is made, as PowerShell's lazy TypeResolver lookup.
 */
public final class PSTypeNameValue {
    private final String name;
    private final PSType knownType;

    public PSTypeNameValue(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Value cannot be null.\r\nParameter name: name");
        }
        this.name = name;
        this.knownType = null;
    }

    private PSTypeNameValue(PSType type) {
        this.name = type.fullName();
        this.knownType = type;
    }

    /** The cast {@code [PSTypeName]x}: a Type keeps itself, anything else is read as a name. */
    static Object convert(Object value) {
        Object b = LanguagePrimitives.base(value);
        if (b instanceof PSTypeNameValue n) {
            return n;
        }
        if (b instanceof PSType t) {
            return new PSTypeNameValue(t);
        }
        return new PSTypeNameValue(LanguagePrimitives.toStringValue(b));
    }

    public String getName() {
        return name;
    }

    /** The named type, or null when no such type is known now. */
    public PSType getType() {
        if (knownType != null) {
            return knownType;
        }
        try {
            return ExecutionContext.current().types().resolve(io.openecma.powershell.parser.TypeNames.parse(name,
                    new io.openecma.powershell.ast.Position("", 0, 0)));
        } catch (RuntimeException badName) {
            return null;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
