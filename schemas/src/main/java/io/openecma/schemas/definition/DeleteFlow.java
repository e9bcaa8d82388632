package io.openecma.schemas.definition;

/** What a SCIM DELETE does: nothing (the object stays), or delete the object. */
public enum DeleteFlow {
    None, Delete
}
