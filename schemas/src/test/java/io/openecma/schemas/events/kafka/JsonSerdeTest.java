package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.ExportBatch;
import io.openecma.schemas.events.Samples;
import io.openecma.schemas.events.WorkerResult;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonSerdeTest {

    private final JsonSerializer<Object> serializer = new JsonSerializer<>();

    @Test
    void messagesRoundTripThroughTheKafkaSerdes() {
        ExportBatch batch = Samples.exportBatch();

        assertEquals(batch, new ExportBatchDeserializer().deserialize("openecma.exports.hr", serializer.serialize("t", batch)));
        WorkerResult page = Samples.importPage();
        assertEquals(page, new WorkerResultDeserializer().deserialize("openecma.results", serializer.serialize("t", page)));
    }

    @Test
    void tombstonesStayNull() {
        assertNull(serializer.serialize("openecma.connectors", null));
        assertNull(new ConnectorSnapshotDeserializer().deserialize("openecma.connectors", null));
    }

    @Test
    void malformedRecordsRaiseASerializationExceptionNamingTheTopic() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> new ScimChangeEventDeserializer().deserialize("openecma.scim-changes", "{oops".getBytes(StandardCharsets.UTF_8)));

        assertTrue(e.getMessage().contains("openecma.scim-changes") && e.getMessage().contains("ScimChangeEvent"), e.getMessage());
    }
}
