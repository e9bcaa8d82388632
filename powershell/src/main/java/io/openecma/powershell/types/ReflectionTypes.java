package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.classes.AttributeObjects;
import io.openecma.powershell.runtime.classes.AttributeValue;
import io.openecma.powershell.runtime.classes.ClassAssembly;
import io.openecma.powershell.runtime.classes.ClassMemberInfo;
import io.openecma.powershell.runtime.classes.ClassReflection;

/**
 * Types that reflection on script classes returns: the interfaces a class may declare
 * ({@code System.IDisposable}, {@code System.IComparable}: a script class is an instance when it
 * declares them), the attribute classes of {@link AttributeObjects}, and PropertyInfo/MethodInfo.
 */
final class ReflectionTypes {

    private ReflectionTypes() {
    }

    static void register(TypeRegistry registry) {
        registry.add("System.IDisposable", AutoCloseable.class, null, null, false,
                v -> v instanceof AutoCloseable || ClassReflection.declares(v, "System.IDisposable"), null, null);
        registry.add("System.IComparable", Comparable.class, null, null, false,
                v -> v instanceof Comparable || ClassReflection.declares(v, "System.IComparable"), null, null);
        for (String name : AttributeObjects.typeNames()) {
            registry.add(name, AttributeValue.class, null, null, false,
                    v -> v instanceof AttributeValue a && a.typeName().equalsIgnoreCase(name),
                    v -> {
                        if (v == null || v instanceof AttributeValue a && a.typeName().equalsIgnoreCase(name)) {
                            return v;
                        }
                        throw LanguagePrimitives.cannotConvert(v, name, null);
                    }, null, AttributeObjects.accelerators(name));
        }
        registry.register("System.Reflection.Emit.AssemblyBuilder", ClassAssembly.class);
        registry.register("System.Reflection.PropertyInfo", ClassMemberInfo.Property.class);
        registry.register("System.Reflection.MethodInfo", ClassMemberInfo.Method.class);
        registry.register("System.Reflection.MemberTypes", MemberTypes.class);
        registry.register("System.SZArrayEnumerator", io.openecma.powershell.types.facades.ArrayEnumerator.class);
    }
}
