package io.openecma.powershell.types;

/** System.DayOfWeek with .NET's numbering (Sunday = 0). */
public enum DotNetDayOfWeek { Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday }
