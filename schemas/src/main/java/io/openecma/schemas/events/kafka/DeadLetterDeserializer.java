package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.DeadLetter;

public class DeadLetterDeserializer extends JsonDeserializer<DeadLetter> {

    public DeadLetterDeserializer() {
        super(DeadLetter.class);
    }
}
