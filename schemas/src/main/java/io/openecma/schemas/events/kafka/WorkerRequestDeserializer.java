package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.WorkerRequest;

public class WorkerRequestDeserializer extends JsonDeserializer<WorkerRequest> {

    public WorkerRequestDeserializer() {
        super(WorkerRequest.class);
    }
}
