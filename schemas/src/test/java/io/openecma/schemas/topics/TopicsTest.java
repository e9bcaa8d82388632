package io.openecma.schemas.topics;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicsTest {

    @Test
    void perConnectorTopicsAndKeys() {
        assertEquals("openecma.exports.hr", Topics.exports("hr"));
        assertEquals("openecma.imports.hr", Topics.imports("hr"));
        assertEquals("openecma.passwords.hr", Topics.passwords("hr"));
        assertEquals("hr/CN=1001,OBJECT=USER", Topics.changeKey("hr", "CN=1001,OBJECT=USER"));
        UUID id = UUID.randomUUID();
        assertEquals(id.toString(), Topics.outcomeKey(id));
        assertEquals(id.toString(), Topics.resultKey(id));
    }

    @Test
    void connectorNamesThatCannotBeTopicNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Topics.exports("h r"));
        assertThrows(IllegalArgumentException.class, () -> Topics.changeKey("a/b", "1"));
        assertThrows(NullPointerException.class, () -> Topics.changeKey("hr", null));
    }

    @Test
    void theTopicListsCoverEveryTopic() {
        assertEquals(6, Topics.shared().size());
        assertTrue(Topics.shared().contains(new TopicSpec(Topics.CONNECTORS, 1, true)));
        assertTrue(Topics.shared().contains(new TopicSpec(Topics.IMPORT_PAGES, Topics.IMPORT_PAGES_PARTITIONS, false)));
        assertEquals(3, Topics.forConnector("hr").size());
        assertTrue(Topics.forConnector("hr").stream().allMatch(t -> t.name().endsWith(".hr") && t.partitions() >= 1));
    }
}
