package io.openecma.runtime.ecma2;

/** Microsoft.MetadirectoryServices.HierarchyNode: a container the Hierarchy script reports under $ParentNode. */
public final class HierarchyNode {

    private final String dn;
    private final String displayName;

    private HierarchyNode(String dn, String displayName) {
        this.dn = dn;
        this.displayName = displayName;
    }

    public static HierarchyNode Create(String dn, String displayName) {
        return new HierarchyNode(dn, displayName);
    }

    public String getDN() {
        return dn;
    }

    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return dn;
    }
}
