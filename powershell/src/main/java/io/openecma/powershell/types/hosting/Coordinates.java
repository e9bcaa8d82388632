package io.openecma.powershell.types.hosting;

import java.util.Locale;

/**
 * System.Management.Automation.Host.Coordinates (a host's cursor or buffer position): a value type
 * with settable X and Y, a default (0,0) and an (x, y) constructor, equal when X and Y are; its text is
 * "X,Y" (MshHostRawUserInterface.cs).
 */
public final class Coordinates {
    private int x;
    private int y;

    public Coordinates() {
        this(0, 0);
    }

    public Coordinates(int x, int y) {
        this.x = x;
        this.y = y;
    }

    public int getX() {
        return x;
    }

    public void setX(int x) {
        this.x = x;
    }

    public int getY() {
        return y;
    }

    public void setY(int y) {
        this.y = y;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Coordinates c && c.x == x && c.y == y;
    }

    @Override
    public int hashCode() {
        return 31 * x + y;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d,%d", x, y);
    }
}
