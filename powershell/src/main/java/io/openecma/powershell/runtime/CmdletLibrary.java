package io.openecma.powershell.runtime;

/**
 * A set of cmdlets contributed to every engine. Implementations are found with
 * {@link java.util.ServiceLoader} (list them in
 * {@code META-INF/services/io.openecma.powershell.runtime.CmdletLibrary}), so cmdlet packages can
 * be added without touching the engine.
 */
public interface CmdletLibrary {

    void register(CmdletRegistry registry);
}
