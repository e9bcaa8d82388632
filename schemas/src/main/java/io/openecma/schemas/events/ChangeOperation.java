package io.openecma.schemas.events;

/** What a SCIM request does to an object: POST is CREATE, PUT is REPLACE, PATCH is MODIFY, DELETE is DELETE. */
public enum ChangeOperation {
    CREATE, REPLACE, MODIFY, DELETE
}
