package io.openecma.schemas.events.kafka;

import io.openecma.schemas.events.ConnectorSnapshot;

public class ConnectorSnapshotDeserializer extends JsonDeserializer<ConnectorSnapshot> {

    public ConnectorSnapshotDeserializer() {
        super(ConnectorSnapshot.class);
    }
}
