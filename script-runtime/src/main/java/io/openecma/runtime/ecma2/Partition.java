package io.openecma.runtime.ecma2;

import java.util.UUID;

/** Microsoft.MetadirectoryServices.Partition: what the Partition script returns and the run steps carry. */
public final class Partition {

    private final UUID identifier;
    private final String dn;
    private final String name;
    private boolean hiddenByDefault;

    private Partition(UUID identifier, String dn, String name) {
        this.identifier = identifier;
        this.dn = dn;
        this.name = name;
    }

    public static Partition Create(UUID identifier, String dn, String name) {
        return new Partition(identifier, dn, name);
    }

    /** The one default partition ECMA2Host connectors have. */
    public static Partition defaultPartition(String connectorName) {
        return new Partition(UUID.nameUUIDFromBytes(("openecma:" + connectorName).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "default", "default");
    }

    public UUID getIdentifier() {
        return identifier;
    }

    public String getDN() {
        return dn;
    }

    public String getName() {
        return name;
    }

    public boolean getHiddenByDefault() {
        return hiddenByDefault;
    }

    public void setHiddenByDefault(boolean hidden) {
        this.hiddenByDefault = hidden;
    }

    @Override
    public String toString() {
        return name;
    }
}
