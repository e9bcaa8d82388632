package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.ScimOutcome;

public class ScimOutcomeDeserializer extends JsonDeserializer<ScimOutcome> {

    public ScimOutcomeDeserializer() {
        super(ScimOutcome.class);
    }
}
