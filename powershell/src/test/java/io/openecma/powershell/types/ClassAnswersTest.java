package io.openecma.powershell.types;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The last answer about a Java class is kept with the class (shared by every registry): it must
 * belong to the registry asking, and a registration must make it stale.
 */
class ClassAnswersTest {

    public static class Widget {
    }

    public static class Gadget {
    }

    @Test
    void aRegistrationAfterAnAnswerChangesTheAnswer() {
        TypeRegistry registry = new TypeRegistry();
        Widget w = new Widget();
        assertNull(registry.typeOf(w));
        assertFalse(registry.isExposed(Widget.class));
        assertNull(registry.typeOf(w), "asked twice: the kept answer");
        PSType type = registry.register("Test.Answers.Widget", Widget.class);
        assertSame(type, registry.typeOf(w));
        assertTrue(registry.isExposed(Widget.class));
    }

    @Test
    void twoRegistriesAskingInTurnEachGetTheirOwnAnswer() {
        TypeRegistry with = new TypeRegistry();
        TypeRegistry without = new TypeRegistry();
        PSType type = with.register("Test.Answers.Gadget", Gadget.class);
        Gadget g = new Gadget();
        for (int i = 0; i < 3; i++) {
            assertSame(type, with.typeOf(g));
            assertTrue(with.isExposed(Gadget.class));
            assertNull(without.typeOf(g));
            assertFalse(without.isExposed(Gadget.class));
        }
    }
}
