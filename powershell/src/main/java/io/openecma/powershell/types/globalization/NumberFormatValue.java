package io.openecma.powershell.types.globalization;

import io.openecma.powershell.dotnet.DotNetCulture;

import java.text.DecimalFormatSymbols;

/** {@code System.Globalization.NumberFormatInfo}: a culture's number symbols. */
public final class NumberFormatValue {
    private final DotNetCulture c;
    private final DecimalFormatSymbols symbols;

    NumberFormatValue(DotNetCulture c, DecimalFormatSymbols symbols) {
        this.c = c;
        this.symbols = symbols;
    }

    public String getNumberDecimalSeparator() {
        return symbols == null ? c.decimalSeparator() : String.valueOf(symbols.getDecimalSeparator());
    }

    public String getNumberGroupSeparator() {
        return symbols == null ? c.groupSeparator() : String.valueOf(symbols.getGroupingSeparator());
    }

    public int getNumberDecimalDigits() {
        return 2;
    }

    public String getCurrencySymbol() {
        return symbols == null ? c.currencySymbol() : symbols.getCurrencySymbol();
    }

    public String getCurrencyDecimalSeparator() {
        return getNumberDecimalSeparator();
    }

    public String getNegativeSign() {
        return symbols == null ? c.negativeSign() : String.valueOf(symbols.getMinusSign());
    }

    public String getPositiveSign() {
        return "+";
    }

    public String getPercentSymbol() {
        return "%";
    }

    public String getPercentDecimalSeparator() {
        return getNumberDecimalSeparator();
    }
}
