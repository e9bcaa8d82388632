package io.openecma.powershell.cmdlets.results;

/**
 * Microsoft.PowerShell.Commands.GenericObjectMeasureInfo: Measure-Object's result when -Maximum or
 * -Minimum found values that are not numbers (strings, dates): they are kept as they are.
 */
public final class GenericObjectMeasureInfo extends MeasureInfo {
    private final int count;
    private final Double average;
    private final Double sum;
    private final Object maximum;
    private final Object minimum;

    public GenericObjectMeasureInfo(int count, Double average, Double sum, Object maximum, Object minimum) {
        this.count = count;
        this.average = average;
        this.sum = sum;
        this.maximum = maximum;
        this.minimum = minimum;
    }

    public int getCount() {
        return count;
    }

    public Double getAverage() {
        return average;
    }

    public Double getSum() {
        return sum;
    }

    public Object getMaximum() {
        return maximum;
    }

    public Object getMinimum() {
        return minimum;
    }
}
