package io.openecma.testsupport.fuzz;

/**
 * One request of the fuzz run: its kind (for the figures), the exact bytes, and what answers are
 * right. {@code hostile} requests must be refused with a 4xx SCIM error; the others are valid
 * requests, which must succeed (2xx) or get a 4xx (e.g. 404 for an id that does not exist).
 * {@code beforeApplication} marks requests the HTTP codec itself refuses before any application
 * code runs (a NUL in a header, headers over the size limit): their body is the server's, not SCIM's.
 */
public record FuzzCase(String kind, byte[] request, boolean hostile, boolean beforeApplication) {
}
