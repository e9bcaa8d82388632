package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.types.Members;
import io.openecma.powershell.types.PSType;
import io.openecma.powershell.types.ScriptDefinedValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attribute object that a script class, property or method carries, as reflection
 * ({@code GetCustomAttributes($false)}) returns it: an instance of the attribute's .NET type whose
 * properties were set from the attribute's constructor and named arguments. Read-only.
 */
public final class AttributeValue implements ScriptDefinedValue {
    private final String typeName;
    private final Map<String, Object> properties;

    AttributeValue(String typeName, Map<String, Object> properties) {
        this.typeName = typeName;
        this.properties = new LinkedHashMap<>(properties);
    }

    /** The attribute's .NET full name ({@code System.ObsoleteAttribute}). */
    public String typeName() {
        return typeName;
    }

    @Override
    public PSType psType() {
        return ExecutionContext.current().types().lookup(typeName);
    }

    @Override
    public String displayString() {
        return typeName;
    }

    @Override
    public Object jsonView() {
        return new LinkedHashMap<>(properties);
    }

    @Override
    public Object getMember(String name) {
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return name.equalsIgnoreCase("TypeId") ? psType() : Members.MISSING;
    }

    @Override
    public boolean setMember(String name, Object value) {
        return false;
    }

    @Override
    public Object invokeMember(String name, List<Object> args) {
        if (name.equalsIgnoreCase("ToString") && args.isEmpty()) {
            return typeName;
        }
        return Members.MISSING;
    }
}
