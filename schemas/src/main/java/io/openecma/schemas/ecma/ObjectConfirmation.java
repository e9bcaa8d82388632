package io.openecma.schemas.ecma;

/** Pending-import behaviour after an export (Object Confirmation capability). */
public enum ObjectConfirmation {
    Normal, NoDeleteConfirmation, NoAddAndDeleteConfirmation
}
