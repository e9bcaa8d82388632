package io.openecma.powershell.types;

/**
 * A host object that plays a {@code List[T]} of a registered type without being a
 * {@link DotNetList} (a host cannot make those: their element type belongs to an engine). Scripts
 * see it as {@code System.Collections.Generic.List[T]}: in {@code GetType()}, in type names of
 * messages, and to {@code -is}.
 */
public interface HostList {

    /** The Java class registered for T. */
    Class<?> elementClass();
}
