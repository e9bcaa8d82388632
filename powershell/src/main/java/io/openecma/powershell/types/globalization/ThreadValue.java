package io.openecma.powershell.types.globalization;

/** {@code [System.Threading.Thread]::CurrentThread}: the running script's thread and its cultures. */
public final class ThreadValue {
    private static final ThreadValue CURRENT = new ThreadValue();

    public static ThreadValue getCurrentThread() {
        return CURRENT;
    }

    public CultureInfoValue getCurrentCulture() {
        return CurrentCultures.culture();
    }

    public void setCurrentCulture(Object value) {
        CurrentCultures.setCulture(value);
    }

    public CultureInfoValue getCurrentUICulture() {
        return CurrentCultures.uiCulture();
    }

    public void setCurrentUICulture(Object value) {
        CurrentCultures.setUICulture(value);
    }

    public int getManagedThreadId() {
        return (int) Thread.currentThread().getId();
    }

    public String getName() {
        return null;
    }
}
