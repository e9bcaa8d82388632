package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.List;

/** System.Version: Major.Minor[.Build[.Revision]], compared numerically part by part. */
public record VersionValue(int major, int minor, int build, int revision) implements Comparable<VersionValue> {

    public static VersionValue parse(String text) {
        String[] parts = text.strip().split("\\.");
        if (parts.length < 2 || parts.length > 4) {
            throw new PSRuntimeException("ArgumentException", "Version string portion was too short or too long.");
        }
        try {
            int[] n = {0, 0, -1, -1};
            for (int i = 0; i < parts.length; i++) {
                n[i] = Integer.parseInt(parts[i]);
            }
            return new VersionValue(n[0], n[1], n[2], n[3]);
        } catch (NumberFormatException e) {
            throw new PSRuntimeException("FormatException", "Input string was not in a correct format.");
        }
    }

    /** System.Version.Parse; LanguagePrimitives.convertTo finds it by name to convert a string to [version]. */
    public static VersionValue Parse(String text) {
        return parse(text);
    }

    public static VersionValue of(List<Object> args) {
        if (args.size() == 1) {
            return parse(LanguagePrimitives.toStringValue(args.get(0)));
        }
        int[] n = {0, 0, -1, -1};
        for (int i = 0; i < args.size() && i < 4; i++) {
            n[i] = LanguagePrimitives.toNumber(args.get(i)).intValue();
        }
        return new VersionValue(n[0], n[1], n[2], n[3]);
    }

    public int getMajor() {
        return major;
    }

    public int getMinor() {
        return minor;
    }

    public int getBuild() {
        return build;
    }

    public int getRevision() {
        return revision;
    }

    @Override
    public int compareTo(VersionValue o) {
        int c = Integer.compare(major, o.major);
        c = c != 0 ? c : Integer.compare(minor, o.minor);
        c = c != 0 ? c : Integer.compare(build, o.build);
        return c != 0 ? c : Integer.compare(revision, o.revision);
    }

    @Override
    public String toString() {
        return major + "." + minor + (build >= 0 ? "." + build : "") + (revision >= 0 ? "." + revision : "");
    }

    public String ToString() {
        return toString();
    }
}
