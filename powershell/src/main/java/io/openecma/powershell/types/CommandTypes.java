package io.openecma.powershell.types;

/** System.Management.Automation.CommandTypes ([Flags], underlying int), with 5.1's Workflow and Configuration. */
public enum CommandTypes implements FlagsEnum {
    Alias(1), Function(2), Filter(4), Cmdlet(8), ExternalScript(16), Application(32), Script(64), Workflow(128),
    Configuration(256), All(511);

    private final long bits;

    CommandTypes(long bits) {
        this.bits = bits;
    }

    @Override
    public long bits() {
        return bits;
    }
}
