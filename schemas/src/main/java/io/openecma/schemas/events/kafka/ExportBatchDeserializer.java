package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.ExportBatch;

public class ExportBatchDeserializer extends JsonDeserializer<ExportBatch> {

    public ExportBatchDeserializer() {
        super(ExportBatch.class);
    }
}
