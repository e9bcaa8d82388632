package io.openecma.powershell.types;

import io.openecma.powershell.ast.TypeName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry remembers what names and classes resolve to; these are the rules that make it forget. */
class RegistryMemoTest {

    public static class First {
    }

    public static class Second {
    }

    public static class FirstChild extends First {
    }

    @Test
    void aNameRegisteredAgainResolvesToTheNewType() {
        TypeRegistry registry = new TypeRegistry();
        TypeName name = TypeName.simple("Test.Widget");
        registry.register("Test.Widget", First.class);
        assertSame(First.class, registry.resolve(name).javaClass());
        assertSame(First.class, registry.resolve(name).javaClass());
        registry.register("Test.Widget", Second.class);
        assertSame(Second.class, registry.resolve(name).javaClass());
    }

    @Test
    void anUnknownNameIsNotRememberedAsMissing() {
        TypeRegistry registry = new TypeRegistry();
        TypeName name = TypeName.simple("Test.Later");
        assertNull(registry.resolve(name));
        registry.register("Test.Later", First.class);
        assertSame(First.class, registry.resolve(name).javaClass());
    }

    @Test
    void arraysAndGenericsOfARegisteredTypeFollowIt() {
        TypeRegistry registry = new TypeRegistry();
        TypeName array = new TypeName("Test.Widget", List.of(), 1);
        assertNull(registry.resolve(array));
        registry.register("Test.Widget", First.class);
        assertSame(First[].class, registry.resolve(array).javaClass());
    }

    @Test
    void aClassLooksUpTheTypeRegisteredForItsSuperclassOnceThereIsOne() {
        TypeRegistry registry = new TypeRegistry();
        PSType before = registry.typeOf(new FirstChild());
        assertFalse(before != null && before.javaClass() == First.class);
        assertFalse(registry.isExposed(FirstChild.class));
        registry.register("Test.First", First.class);
        assertSame(First.class, registry.typeOf(new FirstChild()).javaClass());
        assertTrue(registry.isExposed(FirstChild.class));
    }

    @Test
    void anArrayOfAClassFollowsTheRegistrationOfItsElementClass() {
        TypeRegistry registry = new TypeRegistry();
        assertEquals("System.Object[]", registry.typeOf(new First[0]).fullName());
        registry.register("Test.First", First.class);
        assertEquals("Test.First[]", registry.typeOf(new First[0]).fullName());
    }

    @Test
    void aGenericListIsLookedUpInTheListTypeOfItsOwnElementType() {
        TypeRegistry registry = new TypeRegistry();
        PSType ints = registry.resolve(TypeName.simple("int"));
        PSType strings = registry.resolve(TypeName.simple("string"));
        assertEquals("System.Collections.Generic.List[System.Int32]", registry.typeOf(new DotNetList(ints)).fullName());
        assertEquals("System.Collections.Generic.List[System.String]", registry.typeOf(new DotNetList(strings)).fullName());
        assertEquals("System.Collections.Generic.List[System.Int32]", registry.typeOf(new DotNetList(ints)).fullName());
    }

    @Test
    void aScriptTypeDefinedLaterShadowsARememberedName() {
        TypeRegistry registry = new TypeRegistry();
        TypeName name = TypeName.simple("Test.Widget");
        registry.register("Test.Widget", First.class);
        assertSame(First.class, registry.resolve(name).javaClass());
        PSType scripted = new PSType("Test.Widget", Second.class, List.of(), null, null, false, null, null, null);
        registry.setScriptTypeResolver(n -> n.equalsIgnoreCase("Test.Widget") ? scripted : null);
        registry.scriptTypeDefined();
        assertSame(scripted, registry.resolve(name));
    }
}
