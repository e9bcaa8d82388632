package io.openecma.powershell.runtime.classes;

import io.openecma.powershell.ast.TypeDefinitionAst;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The non-public members of the classes Add-Type translates from C# (emitted {@code hidden}): a
 * .NET type's private and protected members are not visible to code outside the class and the
 * classes derived from it (ProtectedAccess.Tests: PropertyNotFoundStrict under strict mode,
 * PropertyAssignmentException, MethodNotFound, MethodCountCouldNotFindBest for a protected
 * constructor). A script class's own {@code hidden} members stay accessible everywhere, as in PowerShell.
 */
public final class NonPublicMembers {

    private static final Set<TypeDefinitionAst> TRANSLATED = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    private NonPublicMembers() {
    }

    /** Marks a class definition translated from C# (its hidden members are non-public .NET members). */
    public static void markTranslated(TypeDefinitionAst def) {
        TRANSLATED.add(def);
    }

    static boolean isTranslated(ScriptClass c) {
        return c != null && TRANSLATED.contains(c.definition());
    }

    /** The classes whose methods (or constructors) are running on this thread, innermost last. */
    private static final ThreadLocal<ArrayDeque<ScriptClass>> RUNNING = ThreadLocal.withInitial(ArrayDeque::new);

    /** Runs a method body of {@code declaring}: the code inside it is inside that class. */
    static <T> T running(ScriptClass declaring, Supplier<T> body) {
        ArrayDeque<ScriptClass> stack = RUNNING.get();
        stack.push(declaring);
        try {
            return body.get();
        } finally {
            stack.pop();
        }
    }

    /**
     * True while the innermost running method belongs to {@code target}'s class, or to a class it
     * derives from or that derives from it (script blocks the method runs count as inside it).
     */
    static boolean insideRelatedClass(ScriptClass target) {
        ScriptClass caller = RUNNING.get().peek();
        return caller != null && (target.isSubclassOf(caller) || caller.isSubclassOf(target));
    }
}
