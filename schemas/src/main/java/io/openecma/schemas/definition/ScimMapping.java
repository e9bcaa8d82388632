package io.openecma.schemas.definition;

/**
 * Maps a SCIM attribute path (e.g. {@code userName}, {@code name.givenName},
 * {@code emails[type eq "work"].value}) to a connector attribute.
 */
public record ScimMapping(String scimPath, String attribute) {
}
