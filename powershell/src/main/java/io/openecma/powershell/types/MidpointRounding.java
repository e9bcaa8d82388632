package io.openecma.powershell.types;

/** System.MidpointRounding. */
public enum MidpointRounding { ToEven, AwayFromZero }
