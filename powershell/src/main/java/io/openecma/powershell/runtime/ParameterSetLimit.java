package io.openecma.powershell.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A command has at most 32 named parameter sets: the binder keeps them as bits of one flag word
 * (MergedCommandParameterMetadata.AddParameterSetToMap, MaxParameterSetCount); the 33rd fails the
 * command's metadata with ParsingMetadataException "ParsingTooManyParameterSets".
 */
final class ParameterSetLimit {

    static final int MAX_PARAMETER_SETS = 32;

    private ParameterSetLimit() {
    }

    static void check(List<ParameterInfo> params) {
        Set<String> sets = new LinkedHashSet<>();
        for (ParameterInfo p : params) {
            for (String set : p.sets()) {
                if (sets.add(set.toLowerCase(java.util.Locale.ROOT)) && sets.size() > MAX_PARAMETER_SETS) {
                    throw new PSRuntimeException("System.Management.Automation.ParsingMetadataException",
                            "Cannot get or run the command. The maximum number of parameter sets for this command "
                                    + "has been exceeded.")
                            .withError("ParsingTooManyParameterSets", "MetadataError", null);
                }
            }
        }
    }
}
