package io.openecma.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackendTest {

    private final String before = System.getProperty(Backend.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Backend.PROPERTY);
        } else {
            System.setProperty(Backend.PROPERTY, before);
        }
    }

    @Test
    void embeddedUnlessTestcontainersIsAskedFor() {
        System.clearProperty(Backend.PROPERTY);
        assertEquals(Backend.EMBEDDED, Backend.selected());
        System.setProperty(Backend.PROPERTY, " Testcontainers ");
        assertEquals(Backend.TESTCONTAINERS, Backend.selected());
    }

    @Test
    void anUnknownBackendIsRejectedWithTheChoices() {
        System.setProperty(Backend.PROPERTY, "docker");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Backend::selected);
        assertTrue(e.getMessage().contains("'embedded' or 'testcontainers'"), e.getMessage());
    }

    @Test
    void aMissingTestcontainersModuleIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Backend.requireOnClassPath("org.testcontainers.NoSuchContainer", "org.testcontainers:testcontainers-x"));
        assertTrue(e.getMessage().contains("org.testcontainers:testcontainers-x"), e.getMessage());
    }
}
