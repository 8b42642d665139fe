package org.talentbench.app.keytech;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The departments × technologies heat map, drawn in code on a canvas: a row per technology (gap rows marked in the
 * margin), a column per department, each cell shaded from light to dark blue by the number of people and labelled
 * "people (young)". Redraws whenever the grid changes.
 */
public final class HeatMapView extends Region {
    public static final String ID = "heatMap";
    static final double LABEL_WIDTH = 190;
    static final double HEADER_HEIGHT = 46;
    static final double CELL_WIDTH = 104;
    static final double CELL_HEIGHT = 24;
    private static final Color LIGHT = Color.web("#eaf1fb");
    private static final Color DARK = Color.web("#1f4e79");
    private static final Color GAP = Color.web("#d9822b");
    private static final Color GRID = Color.web("#d5dbe3");
    private static final Color TEXT = Color.web("#1d2430");

    private final Canvas canvas = new Canvas();

    public HeatMapView(ReadOnlyObjectProperty<HeatGrid> grid) {
        setId(ID);
        getStyleClass().add("heat-map");
        getChildren().add(canvas);
        grid.addListener((o, a, b) -> draw(b));
        draw(grid.get());
    }

    /** Colour of a cell at {@code f} (0–1) of the scale. */
    static Color shade(double f) {
        return LIGHT.interpolate(DARK, Math.max(0, Math.min(1, f)));
    }

    private void draw(HeatGrid g) {
        int rows = g == null ? 0 : g.rows().size();
        int cols = g == null ? 0 : g.columns().size();
        double w = LABEL_WIDTH + cols * CELL_WIDTH + 2;
        double h = HEADER_HEIGHT + rows * CELL_HEIGHT + 2;
        canvas.setWidth(w);
        canvas.setHeight(h);
        setPrefSize(w, h);
        setMinSize(w, h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        if (g == null || g.isEmpty()) {
            return;
        }
        Font regular = Font.font("Noto Sans SC", 12);
        Font bold = Font.font("Noto Sans SC", FontWeight.BOLD, 12);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(bold);
        gc.setFill(TEXT);
        gc.setTextAlign(TextAlignment.CENTER);
        for (int c = 0; c < cols; c++) {
            double x = LABEL_WIDTH + c * CELL_WIDTH;
            gc.fillText(g.columns().get(c), x + CELL_WIDTH / 2, HEADER_HEIGHT / 2, CELL_WIDTH - 6);
        }
        gc.setFont(regular);
        for (int r = 0; r < rows; r++) {
            double y = HEADER_HEIGHT + r * CELL_HEIGHT;
            if (g.flagged(r)) {
                gc.setFill(GAP);
                gc.fillRect(2, y + 4, 4, CELL_HEIGHT - 8);
            }
            gc.setFill(TEXT);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(g.rows().get(r), 12, y + CELL_HEIGHT / 2, LABEL_WIDTH - 16);
            gc.setTextAlign(TextAlignment.CENTER);
            for (int c = 0; c < cols; c++) {
                double x = LABEL_WIDTH + c * CELL_WIDTH;
                int people = g.people(r, c);
                double f = g.intensity(r, c);
                gc.setFill(people == 0 ? Color.WHITE : shade(f));
                gc.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                gc.setStroke(GRID);
                gc.strokeRect(x + 0.5, y + 0.5, CELL_WIDTH - 1, CELL_HEIGHT - 1);
                if (people > 0) {
                    int young = g.young(r, c);
                    gc.setFill(f > 0.55 ? Color.WHITE : TEXT);
                    gc.fillText(young > 0 ? people + " (" + young + ")" : String.valueOf(people),
                            x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2);
                }
            }
        }
    }
}
