package io.openecma.powershell.cmdlets.results;

/** Microsoft.PowerShell.Commands.GenericMeasureInfo: Measure-Object's numeric statistics (5.1 members). */
public final class GenericMeasureInfo extends MeasureInfo {
    private final int count;
    private final Double average;
    private final Double sum;
    private final Double maximum;
    private final Double minimum;

    public GenericMeasureInfo(int count, Double average, Double sum, Double maximum, Double minimum) {
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

    public Double getMaximum() {
        return maximum;
    }

    public Double getMinimum() {
        return minimum;
    }
}
