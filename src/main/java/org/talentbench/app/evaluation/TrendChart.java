package org.talentbench.app.evaluation;

import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * A person's percentile across stored snapshots, oldest left: points joined by a line, each labelled with the
 * round and the rank; percentiles are comparable across rounds of different cohort sizes.
 */
final class TrendChart extends Pane {
    private List<TrendPointViewModel> points = List.of();
    private String emptyText = "";

    TrendChart() {
        setMinHeight(140);
        setPrefSize(320, 150);
    }

    void set(List<TrendPointViewModel> newPoints, String whenEmpty) {
        points = List.copyOf(newPoints);
        emptyText = whenEmpty;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double w = getWidth();
        double h = getHeight();
        double left = 34;
        double top = 12;
        double bottom = h - 34;
        Line base = new Line(left, bottom, w - 10, bottom);
        base.getStyleClass().add("radar-axis");
        Line topLine = new Line(left, top, w - 10, top);
        topLine.getStyleClass().add("radar-grid");
        Text hundred = label("100", 4, top + 4, true);
        Text zero = label("0", 16, bottom + 4, true);
        getChildren().addAll(base, topLine, hundred, zero);
        List<TrendPointViewModel> ranked = points.stream().filter(p -> p.percentile() != null).toList();
        if (ranked.isEmpty()) {
            getChildren().add(label(emptyText, left + 8, (top + bottom) / 2, true));
            return;
        }
        Polyline line = new Polyline();
        line.getStyleClass().add("trend-line");
        int n = ranked.size();
        double step = n == 1 ? 0 : (w - left - 60) / (n - 1);
        for (int i = 0; i < n; i++) {
            TrendPointViewModel p = ranked.get(i);
            double x = left + 20 + i * step;
            double y = bottom - (bottom - top) * p.percentile() / 100.0;
            line.getPoints().addAll(x, y);
            Circle c = new Circle(x, y, 4);
            c.getStyleClass().add("trend-point");
            getChildren().add(c);
            String rank = p.rank() == null ? "" : p.rank() + "/" + p.cohortSize();
            getChildren().add(label(rank + "  " + String.format(Locale.ROOT, "%.0f", p.percentile()), x - 16,
                    y - 8, false));
            getChildren().add(label(p.round().length() > 12 ? p.round().substring(0, 12) : p.round(), x - 28,
                    bottom + 16, true));
        }
        getChildren().add(0, line);
    }

    private static Text label(String s, double x, double y, boolean muted) {
        Text t = new Text(x, y, s);
        t.getStyleClass().add("chart-label");
        if (muted) {
            t.getStyleClass().add("muted-label");
        }
        return t;
    }
}
