package io.openecma.core.change;

import io.openecma.core.testing.Events;
import io.openecma.schemas.events.AttributeDelta;
import io.openecma.schemas.events.ChangeOperation;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PermanentRefusalTest {

    @Test
    void findsANulInAnchorsNamesAndNestedValues() {
        assertNull(PermanentRefusal.problem(Events.change(ChangeOperation.MODIFY, "ok", null,
                AttributeDelta.replace("title", "fine"))));
        assertTrue(PermanentRefusal.problem(Events.change(ChangeOperation.MODIFY, "a\u0000", null)).contains("anchor"));
        assertTrue(PermanentRefusal.problem(Events.change(ChangeOperation.MODIFY, "ok", null,
                new AttributeDelta("proxyAddresses", io.openecma.schemas.events.DeltaKind.ADD_VALUES,
                        List.of("smtp:a@b", "x\u0000")))).contains("'proxyAddresses'"));
        assertTrue(PermanentRefusal.problem(Events.change(ChangeOperation.MODIFY, "ok", null,
                AttributeDelta.replace("ti\u0000tle", "fine"))) != null);
    }

    @Test
    void aDataExceptionAnywhereInTheCauseChainIsPermanentOthersAreNot() {
        RuntimeException wrapped = new RuntimeException("tx", new IllegalStateException("flush",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertEquals("22021", PermanentRefusal.dataException(wrapped));
        assertNull(PermanentRefusal.dataException(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertNull(PermanentRefusal.dataException(new RuntimeException("no SQL at all")));
    }
}
