package io.openecma.powershell.types;

import java.util.List;

/** The behaviour of a type a script defined ({@code class}, {@code enum}): instances, conversion and statics. */
public interface ScriptTypeBehavior {

    boolean isInstance(Object value);

    Object convert(Object value);

    Object construct(List<Object> args);

    /** A static property or enum constant, or {@link Members#MISSING}. */
    Object getStatic(String name);

    /** Sets a static property; false when there is none of that name. */
    boolean setStatic(String name, Object value);

    /** Calls a static method, or returns {@link Members#MISSING} when there is none of that name. */
    Object invokeStatic(String name, List<Object> args);
}
