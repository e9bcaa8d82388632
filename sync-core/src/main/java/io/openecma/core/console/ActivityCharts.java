package io.openecma.core.console;

import io.openecma.core.console.ActivitySampler.Sample;
import io.openecma.core.console.SvgChart.Point;
import io.openecma.core.console.SvgChart.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** The Activity page's charts, computed from the sampler's last hour. */
@ApplicationScoped
public class ActivityCharts {

    public record Chart(String id, String title, String svg, int samples) {
    }

    @Inject
    ActivitySampler sampler;

    public List<Chart> charts() {
        List<Sample> samples = sampler.samples();
        Instant now = Instant.now();
        List<Chart> charts = new ArrayList<>();
        charts.add(chart("writes", "SCIM writes per second", "per s", samples, now,
                perConnectorRates(samples, "openecma.scim.changes")));
        List<Series> outcomes = new ArrayList<>();
        outcomes.add(new Series("confirmed", rate(samples, s -> sum(s.totals(), "confirmed"))));
        outcomes.add(new Series("failed", rate(samples, s -> sum(s.totals(), "failed"))));
        charts.add(chart("exports", "Exported objects per second, confirmed and failed", "per s", samples, now, outcomes));
        charts.add(chart("latency", "SCIM write latency (received to answered)", "ms", samples, now, List.of(
                new Series("p50", values(samples, Sample::p50Millis)),
                new Series("p99", values(samples, Sample::p99Millis)))));
        charts.add(chart("imports", "Imported objects per second", "per s", samples, now,
                perConnectorRates(samples, "openecma.import.objects")));
        List<Series> lag = new ArrayList<>();
        new TreeSet<>(samples.stream().flatMap(s -> s.exportLag().keySet().stream()).toList()).forEach(connector ->
                lag.add(new Series(connector, values(samples, s -> s.exportLag().containsKey(connector)
                        ? s.exportLag().get(connector).doubleValue() : null))));
        charts.add(chart("lag", "Kafka lag of the export topics (messages not yet taken by a worker)", "messages", samples, now, lag));
        return charts;
    }

    private static Chart chart(String id, String title, String unit, List<Sample> samples, Instant now, List<Series> series) {
        return new Chart(id, title, SvgChart.render(unit, series, now, ActivitySampler.WINDOW), samples.size());
    }

    private static List<Series> perConnectorRates(List<Sample> samples, String metric) {
        TreeSet<String> connectors = new TreeSet<>();
        samples.forEach(s -> s.totals().keySet().stream().filter(k -> k.startsWith(metric + "|"))
                .forEach(k -> connectors.add(k.substring(metric.length() + 1))));
        List<Series> series = new ArrayList<>();
        for (String connector : connectors) {
            series.add(new Series(connector, rate(samples, s -> s.totals().getOrDefault(metric + "|" + connector, 0.0))));
        }
        return series;
    }

    private static double sum(Map<String, Double> totals, String metric) {
        return totals.entrySet().stream().filter(e -> e.getKey().startsWith(metric + "|")).mapToDouble(Map.Entry::getValue).sum();
    }

    /** Per-second increase between consecutive samples (a counter reset counts as zero). */
    private static List<Point> rate(List<Sample> samples, Function<Sample, Double> total) {
        List<Point> points = new ArrayList<>();
        for (int i = 1; i < samples.size(); i++) {
            Sample before = samples.get(i - 1), after = samples.get(i);
            double seconds = Duration.between(before.at(), after.at()).toMillis() / 1000.0;
            double increase = Math.max(0, total.apply(after) - total.apply(before));
            points.add(new Point(after.at(), seconds <= 0 ? 0 : increase / seconds));
        }
        return points;
    }

    private static List<Point> values(List<Sample> samples, Function<Sample, Double> value) {
        List<Point> points = new ArrayList<>();
        for (Sample s : samples) {
            Double v = value.apply(s);
            if (v != null) {
                points.add(new Point(s.at(), v));
            }
        }
        return points;
    }
}
