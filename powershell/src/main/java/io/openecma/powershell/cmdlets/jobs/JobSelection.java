package io.openecma.powershell.cmdlets.jobs;

import io.openecma.powershell.dotnet.Wildcard;
import io.openecma.powershell.runtime.CommandContext;
import io.openecma.powershell.runtime.LanguagePrimitives;

import java.util.ArrayList;
import java.util.List;

/**
 * The jobs a job cmdlet names with -Job (objects, or pipeline input), -Id or -Name; an id or name
 * without a match is an error, with the texts of RemotingErrorIdStrings.resx.
 */
final class JobSelection {
    private JobSelection() {
    }

    static List<BackgroundJob> select(CommandContext c, JobTable table) {
        List<BackgroundJob> found = new ArrayList<>();
        if (c.isBound("Job")) {
            for (Object o : LanguagePrimitives.toList(c.parameter("Job"))) {
                if (LanguagePrimitives.base(o) instanceof BackgroundJob j) {
                    found.add(j);
                }
            }
        }
        if (c.isBound("Id")) {
            for (Object o : LanguagePrimitives.toList(c.parameter("Id"))) {
                Object raw = LanguagePrimitives.base(o);
                Number id = raw instanceof Number n ? n : null;
                if (id == null) {
                    byName(c, table, LanguagePrimitives.toStringValue(raw), found);
                    continue;
                }
                List<BackgroundJob> match = table.all().stream().filter(j -> j.getId() == id.intValue()).toList();
                if (match.isEmpty()) {
                    c.writeError("System.ArgumentException", "The command cannot find a job with the job ID " + id
                            + ". Verify the value of the Id parameter and then try the command again.", "JobWithSpecifiedSessionIdNotFound", "ObjectNotFound", id);
                }
                found.addAll(match);
            }
        }
        if (c.isBound("Name")) {
            for (Object o : LanguagePrimitives.toList(c.parameter("Name"))) {
                byName(c, table, LanguagePrimitives.toStringValue(o), found);
            }
        }
        return found;
    }

    private static void byName(CommandContext c, JobTable table, String name, List<BackgroundJob> found) {
        Wildcard pattern = Wildcard.compile(name, false);
        List<BackgroundJob> match = table.all().stream().filter(j -> pattern.matches(j.getName())).toList();
        if (match.isEmpty() && !Wildcard.containsWildcard(name)) {
            c.writeError("System.ArgumentException", "The command cannot find the job because the job name " + name
                    + " was not found. Verify the value of the Name parameter, and then try the command again.", "JobWithSpecifiedNameNotFound", "ObjectNotFound", name);
        }
        found.addAll(match);
    }

    static boolean anySelector(CommandContext c) {
        return c.isBound("Job") || c.isBound("Id") || c.isBound("Name");
    }
}
