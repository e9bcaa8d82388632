package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.AttributeNode;
import io.openecma.powershell.runtime.Scope;
import io.openecma.powershell.types.PSType;

import java.util.List;

/**
 * What {@code [C].GetProperty(name)} and {@code [C].GetMethod(name)} return for a script class:
 * the member's name, declaring type and its attributes ({@code GetCustomAttributes($inherit)}).
 */
public abstract sealed class ClassMemberInfo permits ClassMemberInfo.Property, ClassMemberInfo.Method {
    private final String name;
    private final PSType declaringType;
    private final List<AttributeNode> attributes;
    private final Scope scope;

    ClassMemberInfo(String name, PSType declaringType, List<AttributeNode> attributes, Scope scope) {
        this.name = name;
        this.declaringType = declaringType;
        this.attributes = attributes;
        this.scope = scope;
    }

    public String getName() {
        return name;
    }

    public PSType getDeclaringType() {
        return declaringType;
    }

    public Object[] GetCustomAttributes(boolean inherit) {
        return AttributeObjects.build(attributes, scope).toArray();
    }

    @Override
    public String toString() {
        return name;
    }

    /** {@code System.Reflection.PropertyInfo} of a class property. */
    public static final class Property extends ClassMemberInfo {
        private final PSType propertyType;

        Property(String name, PSType declaringType, PSType propertyType, List<AttributeNode> attributes, Scope scope) {
            super(name, declaringType, attributes, scope);
            this.propertyType = propertyType;
        }

        public PSType getPropertyType() {
            return propertyType;
        }
    }

    /** {@code System.Reflection.MethodInfo} of a class method. */
    public static final class Method extends ClassMemberInfo {
        private final PSType returnType;

        Method(String name, PSType declaringType, PSType returnType, List<AttributeNode> attributes, Scope scope) {
            super(name, declaringType, attributes, scope);
            this.returnType = returnType;
        }

        public PSType getReturnType() {
            return returnType;
        }
    }
}
