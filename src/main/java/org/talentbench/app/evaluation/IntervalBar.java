package org.talentbench.app.evaluation;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A rank interval drawn across the cohort: a track from rank 1 (left) to the cohort size, a bar from the 5th to the
 * 95th percentile rank under weight perturbation, and a dot at the rank. Not robust intervals use the warning colour.
 */
final class IntervalBar extends Pane {
    private int rank;
    private int p5;
    private int p95;
    private int size;
    private boolean robust;

    IntervalBar() {
        setPrefSize(100, 14);
        setMinHeight(14);
    }

    void set(int newRank, int newP5, int newP95, int newSize, boolean isRobust) {
        rank = newRank;
        p5 = newP5;
        p95 = newP95;
        size = Math.max(1, newSize);
        robust = isRobust;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double w = Math.max(10, getWidth() - 8);
        double y = Math.max(7, getHeight() / 2);
        Line track = new Line(4, y, 4 + w, y);
        track.getStyleClass().add("interval-track");
        double x1 = x(p5, w);
        double x2 = x(p95, w);
        Rectangle bar = new Rectangle(x1 - 2, y - 4, Math.max(4, x2 - x1 + 4), 8);
        bar.getStyleClass().add("interval-bar");
        if (!robust) {
            bar.getStyleClass().add("not-robust");
        }
        Circle dot = new Circle(x(rank, w), y, 3);
        dot.getStyleClass().add("interval-rank");
        getChildren().addAll(track, bar, dot);
    }

    private double x(int r, double w) {
        return 4 + (size <= 1 ? 0 : (r - 1) * w / (size - 1));
    }
}
