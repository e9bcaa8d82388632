package io.openecma.powershell.types;

import io.openecma.powershell.runtime.ErrorCategory;

/** Error-reporting enums scripts name when they build their own ErrorRecord. */
final class ErrorTypes {

    private ErrorTypes() {
    }

    static void register(TypeRegistry registry) {
        registry.register("System.Management.Automation.ErrorCategory", ErrorCategory.class);
    }
}
