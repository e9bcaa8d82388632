package io.openecma.runtime.ecma2;

/**
 * Microsoft.MetadirectoryServices.MAUtils: {@code [MAUtils]::MAFolder} is the connector's data
 * folder. The value is per session, not per JVM: a worker runs many connectors at once. Until the
 * engine can bind a static property per engine instance (see powershell/README.md, "Open requests
 * from script-runtime"), the session sets it for the thread that runs its scripts.
 */
public final class MAUtils {

    private static final InheritableThreadLocal<String> MA_FOLDER = new InheritableThreadLocal<>();

    private MAUtils() {
    }

    public static String getMAFolder() {
        return MA_FOLDER.get();
    }

    /** Host side: binds the MAData folder for scripts run by the current thread (null unbinds). */
    public static void bindMAFolder(String folder) {
        if (folder == null) {
            MA_FOLDER.remove();
        } else {
            MA_FOLDER.set(folder);
        }
    }
}
