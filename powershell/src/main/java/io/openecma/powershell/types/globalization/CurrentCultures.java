package io.openecma.powershell.types.globalization;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.PSRuntimeException;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The current culture and UI culture of each engine (a .NET thread's CurrentCulture/CurrentUICulture;
 * one engine runs one script at a time). Both start as en-US, the host default. Setting one keeps
 * {@code $PSCulture}/{@code $PSUICulture} in step, as those variables read the thread's cultures.
 */
public final class CurrentCultures {
    private static final Map<ExecutionContext, CultureInfoValue[]> CULTURES = Collections.synchronizedMap(new WeakHashMap<>());

    private CurrentCultures() {
    }

    private static CultureInfoValue[] of() {
        return CULTURES.computeIfAbsent(ExecutionContext.current(),
                c -> new CultureInfoValue[]{CultureInfoValue.ofName("en-US"), CultureInfoValue.ofName("en-US")});
    }

    public static CultureInfoValue culture() {
        return of()[0];
    }

    public static CultureInfoValue uiCulture() {
        return of()[1];
    }

    public static void setCulture(Object value) {
        of()[0] = convert(value);
        ExecutionContext.current().global().set("PSCulture", of()[0].getName());
    }

    public static void setUICulture(Object value) {
        of()[1] = convert(value);
        ExecutionContext.current().global().set("PSUICulture", of()[1].getName());
    }

    /** A CultureInfo, or a name converted to one (CultureNotFoundException otherwise). */
    public static CultureInfoValue convert(Object value) {
        Object v = io.openecma.powershell.runtime.LanguagePrimitives.base(value);
        if (v instanceof CultureInfoValue c) {
            return c;
        }
        if (v == null) {
            throw new PSRuntimeException("System.ArgumentNullException", "Value cannot be null.\r\nParameter name: value");
        }
        String name = io.openecma.powershell.runtime.LanguagePrimitives.toStringValue(v);
        CultureInfoValue c = CultureInfoValue.ofName(name);
        if (c == null) {
            throw notFound(name);
        }
        return c;
    }

    /** .NET's CultureNotFoundException text for an unknown name. */
    static PSRuntimeException notFound(String name) {
        return new PSRuntimeException("System.Globalization.CultureNotFoundException",
                "Culture is not supported.\r\nParameter name: name\r\n" + name + " is an invalid culture identifier.");
    }
}
