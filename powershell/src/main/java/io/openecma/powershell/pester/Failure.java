package io.openecma.powershell.pester;

/** Why a block failed: the error's message and where it was raised ({@code file:line}). */
record Failure(String message, String location) {
}
