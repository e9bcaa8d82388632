package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.ScimChangeEvent;

public class ScimChangeEventDeserializer extends JsonDeserializer<ScimChangeEvent> {

    public ScimChangeEventDeserializer() {
        super(ScimChangeEvent.class);
    }
}
