package io.openecma.powershell.types;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.InstanceMembers;
import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSObject;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.List;

/**
 * Reading and writing the instance members Add-Member creates (AliasProperty, ScriptProperty
 * setters) and the intrinsic PSTypeNames list, for {@link Members}.
 */
final class InstanceMemberAccess {

    private InstanceMemberAccess() {
    }

    /** A member's value as a property read sees it: an alias reads the member it names. */
    static Object value(PSObject holder, Object stored) {
        if (stored instanceof PSObject.AliasMember alias) {
            Object v = Members.getProperty(holder, alias.referencedName());
            if (v == Members.MISSING) {
                return null;
            }
            return alias.type() == null ? v : alias.type().convert(v);
        }
        return stored;
    }

    /**
     * Writes through a ScriptProperty's setter or an alias; false when {@code name} is no such
     * member of the object (or of the members attached to it).
     */
    static boolean set(Object target, String name, Object value) {
        Object t = LanguagePrimitives.unwrapNull(target);
        PSObject holder = t instanceof PSObject o ? o : InstanceMembers.of(t);
        if (holder == null) {
            return false;
        }
        PSObject.NoteProperty p = holder.property(name);
        if (p == null) {
            return false;
        }
        if (p.value() instanceof PSObject.ScriptMember sm && !sm.method()) {
            if (sm.setter() == null) {
                // ExtendedTypeSystem.SetWithoutSetterFromScriptProperty
                throw new PSRuntimeException("System.Management.Automation.SetValueException",
                        "Set accessor for property \"" + p.name() + "\" is unavailable.")
                        .withError("SetWithoutSetterFromScriptProperty", "NotSpecified", null);
            }
            ExecutionContext.current().interpreter().invokeAsMember(sm.setter(), t, java.util.Collections.singletonList(value));
            return true;
        }
        if (p.value() instanceof PSObject.AliasMember alias) {
            Members.setProperty(holder, alias.referencedName(), value);
            return true;
        }
        if (t != holder) {
            p.setValue(value);
            return true;
        }
        return false;
    }

    /** {@code .PSTypeNames}: the object's type names, most derived first; changes to the list stay with the object. */
    static TypeNameCollection typeNames(Object target) {
        Object t = LanguagePrimitives.unwrapNull(target);
        PSObject holder = InstanceMembers.attach(t);
        List<String> names = holder.typeNames();
        if (names.isEmpty() && !holder.isCustomObject()) {
            Object base = holder.baseObject();
            PSType type = ExecutionContext.current().types().reportedTypeOf(base);
            String name = type != null ? type.fullName() : TypeRegistry.typeNameOf(base);
            names.add(name);
            if (base instanceof Object[] && !name.equals("System.Array")) {
                names.add("System.Array");
            }
            if (!name.equals("System.Object")) {
                names.add("System.Object");
            }
        }
        return new TypeNameCollection(names);
    }
}
