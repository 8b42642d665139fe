package org.talentbench.app.evaluation;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;

/**
 * A radar of the three dimensions: the person (filled) against the cohort median (dashed), values 0–1 where 1 is a
 * dimension's full weight. Drawn with shapes so that the feature style sheet colours it.
 */
final class RadarChart extends Pane {
    private List<String> labels = List.of("", "", "");
    private double[] person = new double[3];
    private double[] median = new double[3];

    RadarChart() {
        setMinSize(220, 220);
        setPrefSize(320, 230);
    }

    void set(List<String> newLabels, double[] newPerson, double[] newMedian) {
        labels = newLabels;
        person = newPerson == null ? new double[3] : newPerson;
        median = newMedian == null ? new double[3] : newMedian;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double w = getWidth();
        double h = getHeight();
        double cx = w / 2;
        double cy = h / 2 + 10;
        double r = Math.max(20, Math.min(w, h) / 2 - 34);
        for (int ring = 1; ring <= 4; ring++) {
            Polygon grid = polygon(cx, cy, r * ring / 4.0, new double[] {1, 1, 1});
            grid.getStyleClass().add("radar-grid");
            getChildren().add(grid);
        }
        for (int k = 0; k < 3; k++) {
            double a = angle(k);
            Line axis = new Line(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a));
            axis.getStyleClass().add("radar-axis");
            getChildren().add(axis);
            Text t = new Text(labels.get(k));
            t.getStyleClass().add("radar-label");
            double lx = cx + (r + 14) * Math.cos(a);
            double ly = cy + (r + 14) * Math.sin(a);
            t.setX(lx - t.getLayoutBounds().getWidth() / 2);
            t.setY(ly + 4);
            getChildren().add(t);
        }
        Polygon med = polygon(cx, cy, r, median);
        med.getStyleClass().add("radar-median");
        Polygon me = polygon(cx, cy, r, person);
        me.getStyleClass().add("radar-person");
        getChildren().addAll(med, me);
    }

    private static double angle(int k) {
        return -Math.PI / 2 + k * 2 * Math.PI / 3;
    }

    private static Polygon polygon(double cx, double cy, double r, double[] v) {
        Polygon p = new Polygon();
        for (int k = 0; k < 3; k++) {
            double a = angle(k);
            double rr = r * Math.max(0.0, Math.min(1.0, v[k]));
            p.getPoints().addAll(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
        }
        return p;
    }
}
