package io.openecma.powershell.types.io;

import io.openecma.powershell.types.FileAttributes;

/** The Mode text of a file-system item in Windows PowerShell 5.1's form: "darhsl", '-' for a missing flag. */
final class ModeLetters {
    private ModeLetters() {
    }

    static String of(long bits) {
        return new String(new char[]{
            letter(bits, FileAttributes.Directory, 'd'),
            letter(bits, FileAttributes.Archive, 'a'),
            letter(bits, FileAttributes.ReadOnly, 'r'),
            letter(bits, FileAttributes.Hidden, 'h'),
            letter(bits, FileAttributes.System, 's'),
            letter(bits, FileAttributes.ReparsePoint, 'l')});
    }

    private static char letter(long bits, FileAttributes flag, char c) {
        return (bits & flag.bits()) != 0 ? c : '-';
    }
}
