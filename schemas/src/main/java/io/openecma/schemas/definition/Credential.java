package io.openecma.schemas.definition;

/** The connector account ($Credential): user name and its password encrypted as {@code enc:<keyId>:<base64>}. */
public record Credential(String user, String encryptedPassword) {
}
