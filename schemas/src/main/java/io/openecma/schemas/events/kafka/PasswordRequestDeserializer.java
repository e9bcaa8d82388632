package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.PasswordRequest;

public class PasswordRequestDeserializer extends JsonDeserializer<PasswordRequest> {

    public PasswordRequestDeserializer() {
        super(PasswordRequest.class);
    }
}
