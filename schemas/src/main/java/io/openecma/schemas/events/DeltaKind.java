package io.openecma.schemas.events;

/** How an AttributeDelta changes an attribute: set the whole value set, add or remove some values, or clear it. */
public enum DeltaKind {
    REPLACE, ADD_VALUES, REMOVE_VALUES, CLEAR
}
