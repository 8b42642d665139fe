package org.talentbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Geometry of the radar chart. The centre is (100, 112) and the outer ring has radius 86 in SVG units; the first
 * axis points up, the second 120° clockwise (down right), the third 240° (down left). Reference points worked out
 * by hand: cos 30° = 0.8660, so the lower vertices lie 86 × 0.8660 = 74.48 to either side and 86 × 0.5 = 43 below
 * the centre.
 */
class RadarChartTest {
    @ParameterizedTest
    @CsvSource({
        "0, 1.0, 100.00, 26.00",
        "1, 1.0, 174.48, 155.00",
        "2, 1.0, 25.52, 155.00",
        "0, 0.5, 100.00, 69.00",
        "1, 0.0, 100.00, 112.00",
    })
    void axesPointUpThenDownRightThenDownLeft(int axis, double share, String x, String y) {
        double[] p = RadarChart.point(axis, share);
        assertEquals(x, String.format(java.util.Locale.ROOT, "%.2f", p[0]));
        assertEquals(y, String.format(java.util.Locale.ROOT, "%.2f", p[1]));
    }

    @Test
    void personPolygonUsesTheValuesOnTheScaleAndClampsOutliers() {
        RadarChart chart = new RadarChart(List.of(new RadarChart.Axis("创新能力", 50, 40),
                new RadarChart.Axis("质量", 120, 40), new RadarChart.Axis("贡献", -5, 40)), 100, "本人", "中位数");
        String svg = chart.svg().toString();
        assertTrue(svg.contains("points=\"100.00,69.00 174.48,155.00 100.00,112.00\""), svg);
    }

    @Test
    void labelsAndFiguresAreTextOutsideTheSvg() {
        RadarChart chart = new RadarChart(List.of(new RadarChart.Axis("创新能力", 79, 62.5),
                new RadarChart.Axis("质量", 70.4, 66), new RadarChart.Axis("贡献", Double.NaN, 58)), 100, "本人", "中位数");
        String html = chart.toXhtml().toString();
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertTrue(!svg.contains("创新能力") && !svg.contains("<text"), "labels belong outside the SVG");
        assertTrue(html.contains("创新能力 <b>79.0</b> / 62.5"), html);
        assertTrue(html.contains("贡献 <b>—</b> / 58.0"), html);
    }

    @Test
    void exactlyThreeAxesArePossible() {
        assertThrows(IllegalArgumentException.class, () -> new RadarChart(
                List.of(new RadarChart.Axis("a", 1, 1), new RadarChart.Axis("b", 1, 1)), 100, "s", "m"));
        assertThrows(IllegalArgumentException.class, () -> new RadarChart(List.of(new RadarChart.Axis("a", 1, 1),
                new RadarChart.Axis("b", 1, 1), new RadarChart.Axis("c", 1, 1)), 0, "s", "m"));
    }
}
