package io.openecma.core.space;

import java.io.Serializable;
import java.util.Objects;

/** Id class of {@link CsObject} (JPA needs a mutable bean here, not a record). */
public class CsObjectKey implements Serializable {
    public String connector;
    public String objectType;
    public String anchor;

    public CsObjectKey() {
    }

    public CsObjectKey(String connector, String objectType, String anchor) {
        this.connector = connector;
        this.objectType = objectType;
        this.anchor = anchor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsObjectKey k && Objects.equals(connector, k.connector)
                && Objects.equals(objectType, k.objectType) && Objects.equals(anchor, k.anchor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connector, objectType, anchor);
    }
}
