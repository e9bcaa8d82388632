package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.WorkerResult;

public class WorkerResultDeserializer extends JsonDeserializer<WorkerResult> {

    public WorkerResultDeserializer() {
        super(WorkerResult.class);
    }
}
