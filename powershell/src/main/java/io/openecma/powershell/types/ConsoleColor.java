package io.openecma.powershell.types;

/** System.ConsoleColor; the constants are in .NET's order, so each ordinal is its value (Red = 12). */
public enum ConsoleColor {
    Black, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray,
    DarkGray, Blue, Green, Cyan, Red, Magenta, Yellow, White
}
