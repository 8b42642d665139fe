package org.talentbench.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A radar chart of three evaluation dimensions (创新能力, 质量, 贡献) for one person against the median of their
 * cohort, for print. The geometry is inline SVG, drawn by the PDF renderer as vector paths, so it stays sharp at any
 * print resolution; the labels and figures are ordinary text around it in the document's font, so they can be
 * searched and copied and show Chinese without depending on the SVG renderer's fonts.
 *
 * <p>Axes: the first dimension points up, the second down to the right, the third down to the left. Values are
 * clamped to {@code [0, max]}. Immutable and thread-safe.
 *
 * @param axes   exactly three, in drawing order
 * @param max    the value at the outer ring (100 for scores on a 0–100 scale)
 * @param legendScore  legend text for the person's polygon
 * @param legendMedian legend text for the cohort median's polygon
 */
public record RadarChart(List<Axis> axes, double max, String legendScore, String legendMedian) {
    /** The drawn width of the SVG in millimetres. */
    static final double WIDTH_MM = 64;
    private static final double VIEW = 200;
    private static final double VIEW_TOP = 20;
    private static final double VIEW_HEIGHT = 142;
    private static final double CENTRE_X = 100;
    private static final double CENTRE_Y = 112;
    private static final double RADIUS = 86;
    private static final int RINGS = 5;

    public RadarChart {
        axes = List.copyOf(axes);
        if (axes.size() != 3) {
            throw new IllegalArgumentException("a radar chart of three dimensions needs three axes, got " + axes.size());
        }
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("max must be positive and finite: " + max);
        }
        Objects.requireNonNull(legendScore, "legendScore");
        Objects.requireNonNull(legendMedian, "legendMedian");
    }

    /**
     * One dimension: its label, the person's value and the cohort median, each already formatted for display too.
     */
    public record Axis(String label, double value, double median) {
        public Axis {
            Objects.requireNonNull(label, "label");
        }
    }

    /** The chart as an XHTML fragment: a table with the labels around the SVG, then a legend. */
    public Xhtml toXhtml() {
        Xhtml x = new Xhtml();
        x.open("table", "class", "tb-chart");
        x.open("tr");
        x.open("td", "colspan", "2");
        label(x, axes.get(0));
        x.close("td");
        x.close("tr");
        x.open("tr");
        x.open("td", "colspan", "2");
        x.fragment(svg());
        x.close("td");
        x.close("tr");
        x.open("tr");
        x.open("td", "style", "text-align: left; width: 50%");
        label(x, axes.get(2));
        x.close("td");
        x.open("td", "style", "text-align: right; width: 50%");
        label(x, axes.get(1));
        x.close("td");
        x.close("tr");
        x.close("table");
        x.open("div", "class", "tb-legend");
        x.element("span", "", "class", "tb-swatch tb-swatch-score");
        x.text(legendScore);
        x.element("span", "", "class", "tb-swatch tb-swatch-median");
        x.text(legendMedian);
        x.close("div");
        return x;
    }

    private static void label(Xhtml x, Axis axis) {
        x.open("div", "class", "tb-chart-label");
        x.text(axis.label() + " ");
        x.element("b", format(axis.value()));
        x.text(" / " + format(axis.median()));
        x.close("div");
    }

    /** The SVG alone: rings, spokes, the person's polygon (filled) and over it the median's (dashed). */
    Xhtml svg() {
        String width = fmt(WIDTH_MM) + "mm";
        String height = fmt(WIDTH_MM * VIEW_HEIGHT / VIEW) + "mm";
        Xhtml s = new Xhtml();
        s.open("svg", "xmlns", Xhtml.SVG_NS, "width", width, "height", height,
                "viewBox", "0 " + fmt(VIEW_TOP) + " " + fmt(VIEW) + " " + fmt(VIEW_HEIGHT),
                "style", "width: " + width + "; height: " + height);
        for (int ring = RINGS; ring >= 1; ring--) {
            s.empty("polygon", "points", points(ring / (double) RINGS, ring / (double) RINGS, ring / (double) RINGS),
                    "fill", ring == RINGS ? "#f4f7fb" : "none", "stroke", "#b7c4d3", "stroke-width", "0.6");
        }
        for (int i = 0; i < 3; i++) {
            double[] p = point(i, 1.0);
            s.empty("line", "x1", fmt(CENTRE_X), "y1", fmt(CENTRE_Y), "x2", fmt(p[0]), "y2", fmt(p[1]),
                    "stroke", "#9db3cc", "stroke-width", "0.6");
        }
        s.empty("polygon", "points", points(share(axes.get(0).value()), share(axes.get(1).value()),
                        share(axes.get(2).value())),
                "fill", "#1f4e79", "fill-opacity", "0.28", "stroke", "#1f4e79", "stroke-width", "1.8");
        s.empty("polygon", "points", points(share(axes.get(0).median()), share(axes.get(1).median()),
                        share(axes.get(2).median())),
                "fill", "none", "stroke", "#c0504d", "stroke-width", "1.6", "stroke-dasharray", "5,3");
        for (int i = 0; i < 3; i++) {
            double[] p = point(i, share(axes.get(i).value()));
            s.empty("circle", "cx", fmt(p[0]), "cy", fmt(p[1]), "r", "2.6", "fill", "#1f4e79");
        }
        s.close("svg");
        return s;
    }

    private double share(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(1, value / max));
    }

    private static String points(double a, double b, double c) {
        double[] p0 = point(0, a);
        double[] p1 = point(1, b);
        double[] p2 = point(2, c);
        return fmt(p0[0]) + "," + fmt(p0[1]) + " " + fmt(p1[0]) + "," + fmt(p1[1]) + " " + fmt(p2[0]) + ","
                + fmt(p2[1]);
    }

    /** Axis 0 points up, axis 1 down-right, axis 2 down-left; {@code share} 1 is the outer ring. */
    static double[] point(int axis, double share) {
        double angle = Math.toRadians(-90 + 120 * axis);
        return new double[] {CENTRE_X + RADIUS * share * Math.cos(angle), CENTRE_Y + RADIUS * share * Math.sin(angle)};
    }

    static String format(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
