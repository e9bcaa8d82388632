package io.openecma.powershell.types;

import io.openecma.powershell.runtime.AutomationNull;

/**
 * The values that stand for "nothing" without being $null: [System.DBNull]::Value,
 * [NullString]::Value (System.Management.Automation.Language.NullString) and
 * [System.Management.Automation.Internal.AutomationNull]::Value. DBNull and NullString are objects
 * (so {@code ??} keeps them); AutomationNull is the engine's "nothing", which a variable holds as $null.
 */
final class NullSentinelTypes {

    private NullSentinelTypes() {
    }

    static void register(TypeRegistry registry) {
        registry.register("System.DBNull", DbNull.class);
        registry.register("System.Management.Automation.Language.NullString", NullString.class, "NullString");
        registry.register("System.Management.Automation.Internal.AutomationNull", AutomationNull.class);
    }

    /** System.DBNull: one instance, {@code Value}; prints as the empty string. */
    public static final class DbNull {
        public static final DbNull Value = new DbNull();

        private DbNull() {
        }

        @Override
        public String toString() {
            return "";
        }
    }

    /** System.Management.Automation.Language.NullString: one instance, {@code Value}; prints as the empty string. */
    public static final class NullString {
        public static final NullString Value = new NullString();

        private NullString() {
        }

        @Override
        public String toString() {
            return "";
        }
    }
}
