package io.openecma.powershell.pester;

/** What one Should call asks for, besides the operator and the actual value. */
record ShouldArguments(Object expected, boolean negate, String because, String expectedMessage, String errorId,
                       Object exceptionType, boolean passThru) {
}
