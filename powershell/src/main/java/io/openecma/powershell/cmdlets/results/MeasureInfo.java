package io.openecma.powershell.cmdlets.results;

/** Microsoft.PowerShell.Commands.MeasureInfo: what every Measure-Object result has. */
public abstract class MeasureInfo {
    private String property;

    public String getProperty() {
        return property;
    }

    public void setProperty(String property) {
        this.property = property;
    }
}
