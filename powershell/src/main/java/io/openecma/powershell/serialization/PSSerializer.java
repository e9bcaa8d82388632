package io.openecma.powershell.serialization;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * [System.Management.Automation.PSSerializer]: Serialize (depth 1 by default, as .NET's) and
 * Deserialize (one object as itself, several as an array), in the CLIXML Export-Clixml writes.
 */
public final class PSSerializer {
    private PSSerializer() {
    }

    public static String Serialize(Object source) {
        return Serialize(source, 1);
    }

    public static String Serialize(Object source, int depth) {
        List<Object> one = new ArrayList<>();
        one.add(source);
        return new CliXmlWriter(ExecutionContext.current().options().dataProtection(), ZoneId.systemDefault()).serialize(one, depth);
    }

    public static Object Deserialize(String source) {
        List<Object> all = new CliXmlReader(ExecutionContext.current().options().dataProtection()).deserialize(source);
        return all.size() == 1 ? all.get(0) : LanguagePrimitives.fromPipeline(all) == null ? null : all.toArray();
    }

    /** Every top-level object, as an array. */
    public static Object[] DeserializeAsList(String source) {
        return new CliXmlReader(ExecutionContext.current().options().dataProtection()).deserialize(source).toArray();
    }
}
