package io.openecma.ingress.mapping;

import java.time.Instant;
import java.util.Map;

/** A row of the connector space as the ingress reads it: attributes keyed by the schema's canonical names. */
public record StoredObject(String objectType, String anchor, String scimId, Map<String, Object> attributes,
                           boolean active, long version, Instant created, Instant updated) {
}
