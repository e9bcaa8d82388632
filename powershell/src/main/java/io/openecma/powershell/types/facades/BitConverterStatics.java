package io.openecma.powershell.types.facades;

import io.openecma.powershell.runtime.PSRuntimeException;
import io.openecma.powershell.types.EncodingValue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Statics of [System.BitConverter]: little-endian, as on every Windows machine. */
public final class BitConverterStatics {
    private BitConverterStatics() {
    }

    public static final boolean IsLittleEndian = true;

    /** "01-02-FF": two upper-case hex digits a byte, joined by dashes. */
    public static String ToString(Object value) {
        byte[] b = EncodingValue.bytes(value);
        return hex(b, 0, b.length);
    }

    public static String ToString(Object value, int startIndex) {
        byte[] b = EncodingValue.bytes(value);
        if (startIndex < 0 || startIndex >= b.length && startIndex > 0) {
            throw startOutOfRange();
        }
        return hex(b, startIndex, b.length - startIndex);
    }

    public static String ToString(Object value, int startIndex, int length) {
        byte[] b = EncodingValue.bytes(value);
        if (startIndex < 0 || startIndex >= b.length && startIndex > 0) {
            throw startOutOfRange();
        }
        if (length < 0) {
            throw new PSRuntimeException("System.ArgumentOutOfRangeException",
                    "Value must be positive.\r\nParameter name: length").withParamName("length");
        }
        if (startIndex > b.length - length) {
            throw new PSRuntimeException("System.ArgumentException", "Destination array is not long enough to copy all the "
                    + "items in the collection. Check array index and length.");
        }
        return hex(b, startIndex, length);
    }

    private static String hex(byte[] b, int start, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < start + length; i++) {
            if (i > start) {
                sb.append('-');
            }
            sb.append(String.format("%02X", b[i] & 0xFF));
        }
        return sb.toString();
    }

    public static byte[] GetBytes(boolean value) {
        return new byte[]{(byte) (value ? 1 : 0)};
    }

    public static byte[] GetBytes(char value) {
        return buffer(2).putChar(value).array();
    }

    public static byte[] GetBytes(short value) {
        return buffer(2).putShort(value).array();
    }

    public static byte[] GetBytes(int value) {
        return buffer(4).putInt(value).array();
    }

    public static byte[] GetBytes(long value) {
        return buffer(8).putLong(value).array();
    }

    public static byte[] GetBytes(float value) {
        return buffer(4).putFloat(value).array();
    }

    public static byte[] GetBytes(double value) {
        return buffer(8).putDouble(value).array();
    }

    public static boolean ToBoolean(Object value, int startIndex) {
        return read(value, startIndex, 1).get() != 0;
    }

    public static char ToChar(Object value, int startIndex) {
        return read(value, startIndex, 2).getChar();
    }

    public static short ToInt16(Object value, int startIndex) {
        return read(value, startIndex, 2).getShort();
    }

    public static int ToUInt16(Object value, int startIndex) {
        return read(value, startIndex, 2).getShort() & 0xFFFF;
    }

    public static int ToInt32(Object value, int startIndex) {
        return read(value, startIndex, 4).getInt();
    }

    public static long ToUInt32(Object value, int startIndex) {
        return read(value, startIndex, 4).getInt() & 0xFFFFFFFFL;
    }

    public static long ToInt64(Object value, int startIndex) {
        return read(value, startIndex, 8).getLong();
    }

    public static float ToSingle(Object value, int startIndex) {
        return read(value, startIndex, 4).getFloat();
    }

    public static double ToDouble(Object value, int startIndex) {
        return read(value, startIndex, 8).getDouble();
    }

    public static long DoubleToInt64Bits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    public static double Int64BitsToDouble(long value) {
        return Double.longBitsToDouble(value);
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer read(Object value, int startIndex, int size) {
        byte[] b = EncodingValue.bytes(value);
        if (startIndex < 0 || startIndex >= b.length) {
            throw startOutOfRange();
        }
        if (startIndex > b.length - size) {
            throw new PSRuntimeException("System.ArgumentException", "Destination array is not long enough to copy all the "
                    + "items in the collection. Check array index and length.");
        }
        return ByteBuffer.wrap(b, startIndex, size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static PSRuntimeException startOutOfRange() {
        return new PSRuntimeException("System.ArgumentOutOfRangeException", "Index was out of range. Must be non-negative "
                + "and less than the size of the collection.\r\nParameter name: startIndex").withParamName("startIndex");
    }
}
