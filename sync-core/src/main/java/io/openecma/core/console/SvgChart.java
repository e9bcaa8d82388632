package io.openecma.core.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG (no script, no library): time on the x axis over a fixed window
 * ending now, one polyline per series, the scale's top value and a legend.
 */
public final class SvgChart {

    public record Point(Instant at, double value) {
    }

    public record Series(String name, List<Point> points) {
    }

    private static final String[] COLORS = {"#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2"};
    private static final int WIDTH = 640, HEIGHT = 200, LEFT = 56, RIGHT = 8, TOP = 10, BOTTOM = 24;

    private SvgChart() {
    }

    public static String render(String unit, List<Series> series, Instant end, Duration window) {
        double max = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::value).max().orElse(0);
        double top = niceCeiling(max);
        Instant start = end.minus(window);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT + 20 * ((series.size() + 2) / 3))
                .append("\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        int plotWidth = WIDTH - LEFT - RIGHT, plotHeight = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"plot\"/>",
                LEFT, TOP, plotWidth, plotHeight));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>",
                    LEFT, LEFT + plotWidth, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%s</text>",
                    LEFT - 4, y + 4, label(top * i / 4)));
        }
        for (int minutes = 0; minutes <= window.toMinutes(); minutes += 15) {
            double x = LEFT + plotWidth * (minutes * 60.0 / window.toSeconds());
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%s</text>",
                    x, HEIGHT - 6, minutes == window.toMinutes() ? "now" : "-" + (window.toMinutes() - minutes) + "m"));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" class=\"axis\">%s</text>", TOP + 10, escape(unit)));
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String color = COLORS[i % COLORS.length];
            StringBuilder points = new StringBuilder();
            for (Point p : s.points()) {
                double x = LEFT + plotWidth * Math.max(0, Duration.between(start, p.at()).toMillis()) / (double) window.toMillis();
                double y = TOP + plotHeight - (top == 0 ? 0 : plotHeight * p.value() / top);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", Math.min(x, LEFT + plotWidth), y));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(color).append("\" points=\"")
                    .append(points.toString().trim()).append("\"/>");
            int lx = 8 + (i % 3) * 210, ly = HEIGHT + 14 + 20 * (i / 3);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"4\" fill=\"%s\"/>", lx, ly - 5, color));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>", lx + 16, ly, escape(s.name())));
        }
        return svg.append("</svg>").toString();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}; 1 for an empty chart. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
