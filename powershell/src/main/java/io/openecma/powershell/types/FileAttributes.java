package io.openecma.powershell.types;

/** System.IO.FileAttributes ([Flags]). */
public enum FileAttributes implements FlagsEnum {
    ReadOnly(1), Hidden(2), System(4), Directory(16), Archive(32), Device(64), Normal(128), Temporary(256),
    SparseFile(512), ReparsePoint(1024), Compressed(2048), Offline(4096), NotContentIndexed(8192), Encrypted(16384);

    private final long bits;

    FileAttributes(long bits) {
        this.bits = bits;
    }

    @Override
    public long bits() {
        return bits;
    }
}
