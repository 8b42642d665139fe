package org.talentbench.app.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.talentbench.app.common.EmptyState;
import org.talentbench.app.common.Choice;
import org.talentbench.app.common.Fxml;
import org.talentbench.core.round.ListFlag;
import org.talentbench.service.RoundSummary;

/**
 * The evaluation screen: rounds and stages, the ranked list with its breakdown panel, participants, the 9-box, the
 * side-by-side comparison and the history of stages and snapshots. Binds to {@link EvaluationViewModel}; the charts
 * are drawn in code with shapes; no logic lives here.
 */
public final class EvaluationView extends VBox {
    public static final String ROUND_BOX_ID = "roundBox";
    public static final String RANKING_TABLE_ID = "rankingTable";
    public static final String SCORE_BUTTON_ID = "scoreRound";
    public static final String BREAKDOWN_TITLE_ID = "breakdownTitle";
    public static final String INDICATOR_TABLE_ID = "indicatorTable";
    public static final String SEARCH_ID = "rankingSearch";

    @FXML
    private ComboBox<RoundSummary> roundBox;
    @FXML
    private Label stageLabel;
    @FXML
    private Button newRoundButton;
    @FXML
    private Button backButton;
    @FXML
    private Button advanceButton;
    @FXML
    private Button scoreButton;
    @FXML
    private Label roundFactsLabel;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab rankingTab;
    @FXML
    private Tab compareTab;
    @FXML
    private HBox listToolbar;
    @FXML
    private ComboBox<Choice> snapshotBox;
    @FXML
    private ComboBox<Choice> cohortBox;
    @FXML
    private ComboBox<Choice> flagBox;
    @FXML
    private Label countsLabel;
    @FXML
    private Button nineBoxFilterButton;
    @FXML
    private Button compareButton;
    @FXML
    private TableView<RankingRowViewModel> rankingTable;
    @FXML
    private TableColumn<RankingRowViewModel, Integer> rankColumn;
    @FXML
    private TableColumn<RankingRowViewModel, String> nameColumn;
    @FXML
    private TableColumn<RankingRowViewModel, String> employeeNoColumn;
    @FXML
    private TableColumn<RankingRowViewModel, String> cohortColumn;
    @FXML
    private TableColumn<RankingRowViewModel, Double> totalColumn;
    @FXML
    private TableColumn<RankingRowViewModel, Double> innovationColumn;
    @FXML
    private TableColumn<RankingRowViewModel, Double> qualityColumn;
    @FXML
    private TableColumn<RankingRowViewModel, Double> contributionColumn;
    @FXML
    private TableColumn<RankingRowViewModel, Double> percentileColumn;
    @FXML
    private TableColumn<RankingRowViewModel, RankingRowViewModel> intervalColumn;
    @FXML
    private TableColumn<RankingRowViewModel, String> gradeColumn;
    @FXML
    private TableColumn<RankingRowViewModel, String> flagsColumn;
    @FXML
    private VBox breakdownBox;
    @FXML
    private Label breakdownTitle;
    @FXML
    private Label breakdownSubtitle;
    @FXML
    private Button openProfileButton;
    @FXML
    private StackPane radarHolder;
    @FXML
    private Label decisionLabel;
    @FXML
    private TableView<IndicatorRowViewModel> indicatorTable;
    @FXML
    private TableColumn<IndicatorRowViewModel, String> indDimensionColumn;
    @FXML
    private TableColumn<IndicatorRowViewModel, String> indNameColumn;
    @FXML
    private TableColumn<IndicatorRowViewModel, Double> indRawColumn;
    @FXML
    private TableColumn<IndicatorRowViewModel, Double> indNormColumn;
    @FXML
    private TableColumn<IndicatorRowViewModel, Double> indWeightColumn;
    @FXML
    private TableColumn<IndicatorRowViewModel, Double> indPointsColumn;
    @FXML
    private TableColumn<IndicatorRowViewModel, Integer> indOutputsColumn;
    @FXML
    private VBox outputsBox;
    @FXML
    private Label notesLabel;
    @FXML
    private StackPane trendHolder;
    @FXML
    private TableView<ParticipantRowViewModel> participantsTable;
    @FXML
    private TableColumn<ParticipantRowViewModel, String> pEmployeeNoColumn;
    @FXML
    private TableColumn<ParticipantRowViewModel, String> pNameColumn;
    @FXML
    private TableColumn<ParticipantRowViewModel, String> pCategoryColumn;
    @FXML
    private TableColumn<ParticipantRowViewModel, String> pParticipationColumn;
    @FXML
    private TableColumn<ParticipantRowViewModel, String> pVerificationColumn;
    @FXML
    private TableColumn<ParticipantRowViewModel, String> pOverrideColumn;
    @FXML
    private TableColumn<ParticipantRowViewModel, String> pCheckInColumn;
    @FXML
    private TableColumn<ParticipantRowViewModel, String> pDecisionColumn;
    @FXML
    private Button includeButton;
    @FXML
    private Button excludeButton;
    @FXML
    private Button confirmButton;
    @FXML
    private Button correctedButton;
    @FXML
    private Button checkInButton;
    @FXML
    private Button sheetButton;
    @FXML
    private ComboBox<EvaluationViewModel.Axis> xAxisBox;
    @FXML
    private ComboBox<EvaluationViewModel.Axis> yAxisBox;
    @FXML
    private GridPane nineBoxGrid;
    @FXML
    private GridPane compareGrid;
    @FXML
    private ListView<String> historyList;
    @FXML
    private ComboBox<Choice> compareWithBox;
    @FXML
    private Label snapshotFactsLabel;
    @FXML
    private TableView<MovementRowViewModel> movementTable;
    @FXML
    private TableColumn<MovementRowViewModel, String> mKindColumn;
    @FXML
    private TableColumn<MovementRowViewModel, String> mNameColumn;
    @FXML
    private TableColumn<MovementRowViewModel, String> mEmployeeNoColumn;
    @FXML
    private TableColumn<MovementRowViewModel, String> mCohortColumn;
    @FXML
    private TableColumn<MovementRowViewModel, String> mChangeColumn;
    @FXML
    private TableColumn<MovementRowViewModel, String> mWhyColumn;

    private final EvaluationViewModel vm;
    private final ResourceBundle bundle;
    private final RadarChart radar = new RadarChart();
    private final TrendChart trendChart = new TrendChart();

    public EvaluationView(EvaluationViewModel viewModel, ResourceBundle bundle) {
        this.vm = viewModel;
        this.bundle = bundle;
        Fxml.load(this, bundle);
        getStylesheets().add(EvaluationView.class.getResource("evaluation.css").toExternalForm());
        bindRounds();
        bindList();
        bindBreakdown();
        bindParticipants();
        bindNineBox();
        bindCompare();
        bindHistory();
    }

    private void bindRounds() {
        roundBox.setId(ROUND_BOX_ID);
        roundBox.setItems(vm.rounds());
        roundBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(RoundSummary r) {
                return vm.roundLabel(r);
            }

            @Override
            public RoundSummary fromString(String s) {
                return null;
            }
        });
        roundBox.valueProperty().bindBidirectional(vm.roundProperty());
        stageLabel.textProperty().bind(vm.stageProperty());
        stageLabel.visibleProperty().bind(vm.stageProperty().isNotEmpty());
        vm.editableProperty().addListener((o, a, b) -> {
            stageLabel.getStyleClass().remove("final");
            if (!b) {
                stageLabel.getStyleClass().add("final");
            }
        });
        roundFactsLabel.textProperty().bind(vm.roundFactsProperty());
        scoreButton.setId(SCORE_BUTTON_ID);
        var mayNot = vm.mayManageProperty().not();
        scoreButton.disableProperty().bind(vm.editableProperty().not().or(vm.busyProperty()).or(mayNot));
        advanceButton.disableProperty().bind(vm.canAdvanceProperty().not().or(vm.busyProperty()).or(mayNot));
        backButton.disableProperty().bind(vm.canGoBackProperty().not().or(vm.busyProperty()).or(mayNot));
        newRoundButton.disableProperty().bind(mayNot);
    }

    private void bindList() {
        TextField search = TextFields.createClearableTextField();
        search.setId(SEARCH_ID);
        search.setPromptText(bundle.getString("ranking.search.prompt"));
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(vm.searchProperty());
        listToolbar.getChildren().add(0, search);
        snapshotBox.setItems(vm.snapshots());
        snapshotBox.valueProperty().bindBidirectional(vm.snapshotProperty());
        cohortBox.setItems(vm.cohortChoices());
        cohortBox.valueProperty().bindBidirectional(vm.cohortProperty());
        flagBox.setItems(vm.flagChoices());
        flagBox.valueProperty().bindBidirectional(vm.flagProperty());
        countsLabel.textProperty().bind(vm.countsProperty());
        nineBoxFilterButton.textProperty().bind(vm.nineBoxFilterTextProperty());
        nineBoxFilterButton.visibleProperty().bind(vm.nineBoxFilterTextProperty().isNotEmpty());
        nineBoxFilterButton.managedProperty().bind(nineBoxFilterButton.visibleProperty());
        EmptyState.install(rankingTable, vm.rankingEmptyProperty());

        rankingTable.setId(RANKING_TABLE_ID);
        bind(rankColumn, RankingRowViewModel::rank);
        rankColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                RankingRowViewModel r = empty ? null : getTableRow().getItem();
                setText(empty || item == null || r == null ? null : item + "/" + r.cohortSize());
            }
        });
        bind(nameColumn, RankingRowViewModel::name);
        bind(employeeNoColumn, RankingRowViewModel::employeeNo);
        bind(cohortColumn, RankingRowViewModel::cohortLabel);
        number(totalColumn, RankingRowViewModel::total);
        number(innovationColumn, RankingRowViewModel::innovation);
        number(qualityColumn, RankingRowViewModel::quality);
        number(contributionColumn, RankingRowViewModel::contribution);
        number(percentileColumn, RankingRowViewModel::percentile);
        intervalColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        intervalColumn.setCellFactory(c -> new TableCell<>() {
            private final IntervalBar bar = new IntervalBar();

            @Override
            protected void updateItem(RankingRowViewModel r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null || r.p5() == null || r.rank() == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    bar.set(r.rank(), r.p5(), r.p95(), r.cohortSize(),
                            !r.flagCodes().contains(ListFlag.RANK_NOT_ROBUST));
                    setGraphic(bar);
                    setText(null);
                }
            }
        });
        bind(gradeColumn, RankingRowViewModel::grade);
        bind(flagsColumn, RankingRowViewModel::flags);
        flagsColumn.getStyleClass().add("flags-cell");
        SortedList<RankingRowViewModel> sorted = new SortedList<>(vm.visibleRows());
        sorted.comparatorProperty().bind(rankingTable.comparatorProperty());
        rankingTable.setItems(sorted);
        rankingTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        rankingTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
    }

    private void bindBreakdown() {
        BreakdownViewModel b = vm.breakdown();
        breakdownTitle.setId(BREAKDOWN_TITLE_ID);
        breakdownTitle.textProperty().bind(Bindings.when(b.presentProperty()).then(b.titleProperty())
                .otherwise(bundle.getString("breakdown.empty")));
        breakdownSubtitle.textProperty().bind(b.subtitleProperty());
        openProfileButton.visibleProperty().bind(b.presentProperty());
        decisionLabel.textProperty().bind(b.decisionProperty());
        notesLabel.textProperty().bind(b.notesProperty());
        radarHolder.getChildren().add(radar);
        trendHolder.getChildren().add(trendChart);
        Runnable redraw = () -> radar.set(b.dimensionLabels(), b.personProperty().get(), b.medianProperty().get());
        b.personProperty().addListener((o, x, y) -> redraw.run());
        b.medianProperty().addListener((o, x, y) -> redraw.run());
        redraw.run();
        b.trend().addListener((ListChangeListener<TrendPointViewModel>) c ->
                trendChart.set(b.trend(), bundle.getString("breakdown.noTrend")));
        trendChart.set(List.of(), bundle.getString("breakdown.noTrend"));

        indicatorTable.setId(INDICATOR_TABLE_ID);
        indicatorTable.setItems(b.indicators());
        EmptyState.install(indicatorTable, bundle.getString("empty.evaluation.indicators"));
        indDimensionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().dimension()));
        indNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().indicator()));
        numberOf(indRawColumn, IndicatorRowViewModel::raw);
        numberOf(indNormColumn, IndicatorRowViewModel::normalised);
        numberOf(indWeightColumn, IndicatorRowViewModel::effectiveWeight);
        numberOf(indPointsColumn, IndicatorRowViewModel::points);
        indOutputsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outputs().size()));
        indicatorTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        indicatorTable.getSelectionModel().selectedItemProperty().addListener((o, x, row) -> showOutputs(row));
        b.indicators().addListener((ListChangeListener<IndicatorRowViewModel>) c -> showOutputs(null));
    }

    private void showOutputs(IndicatorRowViewModel row) {
        outputsBox.getChildren().clear();
        if (row == null) {
            Label hint = new Label(bundle.getString("breakdown.outputsHint"));
            hint.getStyleClass().add("muted");
            outputsBox.getChildren().add(hint);
            return;
        }
        if (row.outputs().isEmpty()) {
            Label none = new Label(bundle.getString("breakdown.noOutputs"));
            none.getStyleClass().add("muted");
            outputsBox.getChildren().add(none);
        }
        for (IndicatorRowViewModel.OutputLink link : row.outputs()) {
            Hyperlink h = new Hyperlink(link.text());
            h.getStyleClass().add("output-link");
            h.setWrapText(true);
            h.setOnAction(e -> vm.breakdown().openProfile());
            outputsBox.getChildren().add(h);
        }
    }

    private void bindParticipants() {
        participantsTable.setItems(vm.participants());
        EmptyState.install(participantsTable, vm.participantsEmptyProperty());
        pEmployeeNoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().employeeNo()));
        pNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        pCategoryColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().category()));
        pParticipationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().participation()));
        pVerificationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().verification()));
        pOverrideColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().override()));
        pCheckInColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().checkIn()));
        pDecisionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().decision()));
        var none = participantsTable.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.editableProperty().not()).or(vm.mayManageProperty().not());
        for (Button b : List.of(includeButton, excludeButton, confirmButton, correctedButton, checkInButton)) {
            b.disableProperty().bind(none);
        }
        sheetButton.disableProperty().bind(participantsTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private void bindNineBox() {
        xAxisBox.getItems().setAll(EvaluationViewModel.Axis.values());
        yAxisBox.getItems().setAll(EvaluationViewModel.Axis.values());
        StringConverter<EvaluationViewModel.Axis> axisText = new StringConverter<>() {
            @Override
            public String toString(EvaluationViewModel.Axis a) {
                return a == null ? "" : vm.axisLabel(a);
            }

            @Override
            public EvaluationViewModel.Axis fromString(String s) {
                return null;
            }
        };
        xAxisBox.setConverter(axisText);
        yAxisBox.setConverter(axisText);
        xAxisBox.valueProperty().bindBidirectional(vm.xAxisProperty());
        yAxisBox.valueProperty().bindBidirectional(vm.yAxisProperty());
        for (int i = 0; i < 3; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            nineBoxGrid.getColumnConstraints().add(cc);
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / 3);
            nineBoxGrid.getRowConstraints().add(rc);
        }
        vm.nineBox().addListener((ListChangeListener<NineBoxCell>) c -> drawNineBox());
        drawNineBox();
    }

    private void drawNineBox() {
        nineBoxGrid.getChildren().clear();
        for (NineBoxCell cell : vm.nineBox()) {
            StringBuilder text = new StringBuilder(vm.axisLabel(vm.yAxisProperty().get()) + " "
                    + bundle.getString("ninebox.level." + cell.row()) + " · "
                    + vm.axisLabel(vm.xAxisProperty().get()) + " "
                    + bundle.getString("ninebox.level." + cell.column()) + "\n");
            text.append(vm.messages().get("ninebox.count", cell.members().size()));
            cell.members().stream().limit(6).forEach(m -> text.append("\n").append(m.name()));
            if (cell.members().size() > 6) {
                text.append("\n…");
            }
            Button b = new Button(text.toString());
            b.getStyleClass().add("ninebox-cell");
            if (cell.row() + cell.column() >= 3) {
                b.getStyleClass().add("high");
            } else if (cell.row() + cell.column() <= 1) {
                b.getStyleClass().add("low");
            }
            b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            b.setOnAction(e -> {
                vm.drillDown(cell);
                tabs.getSelectionModel().select(rankingTab);
            });
            nineBoxGrid.add(b, cell.column(), 2 - cell.row());
        }
    }

    private void bindCompare() {
        vm.compared().addListener((ListChangeListener<RankingRowViewModel>) c -> drawCompare());
        drawCompare();
    }

    private void drawCompare() {
        compareGrid.getChildren().clear();
        List<RankingRowViewModel> people = vm.compared();
        if (people.isEmpty()) {
            Label hint = new Label(bundle.getString("compare.hint"));
            hint.getStyleClass().add("muted");
            compareGrid.add(hint, 0, 0);
            return;
        }
        String[] labels = {"researcher.employeeNo", "ranking.col.cohort", "ranking.col.rank", "ranking.col.total",
            "ranking.col.innovation", "ranking.col.quality", "ranking.col.contribution", "ranking.col.percentile",
            "ranking.col.grade", "ranking.col.flags"};
        for (int r = 0; r < labels.length; r++) {
            Label l = new Label(bundle.getString(labels[r]));
            l.getStyleClass().add("compare-header");
            compareGrid.add(l, 0, r + 1);
        }
        List<Function<RankingRowViewModel, Double>> numbers = List.of(RankingRowViewModel::total,
                RankingRowViewModel::innovation, RankingRowViewModel::quality, RankingRowViewModel::contribution,
                RankingRowViewModel::percentile);
        double[] max = new double[numbers.size()];
        for (RankingRowViewModel p : people) {
            for (int k = 0; k < numbers.size(); k++) {
                Double v = numbers.get(k).apply(p);
                max[k] = Math.max(max[k], v == null ? 0 : v);
            }
        }
        for (int c = 0; c < people.size(); c++) {
            RankingRowViewModel p = people.get(c);
            Label name = new Label(p.name());
            name.getStyleClass().add("breakdown-title");
            compareGrid.add(name, c + 1, 0);
            compareGrid.add(new Label(p.employeeNo()), c + 1, 1);
            compareGrid.add(new Label(p.cohortLabel()), c + 1, 2);
            compareGrid.add(new Label(p.rank() == null ? "—" : p.rank() + "/" + p.cohortSize()), c + 1, 3);
            for (int k = 0; k < numbers.size(); k++) {
                Double v = numbers.get(k).apply(p);
                HBox cell = new HBox(6);
                Rectangle bar = new Rectangle(v == null || max[k] <= 0 ? 0 : 90 * v / max[k], 10);
                bar.getStyleClass().add("compare-bar");
                cell.getChildren().addAll(bar, new Label(format(v)));
                compareGrid.add(cell, c + 1, 4 + k);
            }
            compareGrid.add(new Label(p.grade()), c + 1, 9);
            Label flags = new Label(p.flags());
            flags.setWrapText(true);
            flags.setMaxWidth(220);
            compareGrid.add(flags, c + 1, 10);
        }
        for (int c = 0; c <= people.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == 0 ? Priority.NEVER : Priority.SOMETIMES);
            cc.setMinWidth(c == 0 ? 90 : 150);
            compareGrid.getColumnConstraints().add(cc);
        }
    }

    private void bindHistory() {
        historyList.setItems(vm.history());
        EmptyState.install(historyList, vm.historyEmptyProperty());
        compareWithBox.setItems(vm.compareWithChoices());
        compareWithBox.valueProperty().bindBidirectional(vm.compareWithProperty());
        snapshotFactsLabel.textProperty().bind(vm.snapshotFactsProperty());
        movementTable.setItems(vm.movements());
        EmptyState.install(movementTable, vm.movementsEmptyProperty());
        mKindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        mNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        mEmployeeNoColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().employeeNo()));
        mCohortColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cohort()));
        mChangeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().change()));
        mWhyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().why()));
    }

    private static <T> void bind(TableColumn<RankingRowViewModel, T> column, Function<RankingRowViewModel, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    private static void number(TableColumn<RankingRowViewModel, Double> column,
                               Function<RankingRowViewModel, Double> value) {
        bind(column, value);
        column.setCellFactory(c -> new NumberCell<>());
    }

    private static void numberOf(TableColumn<IndicatorRowViewModel, Double> column,
                                 Function<IndicatorRowViewModel, Double> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new NumberCell<>());
    }

    private static String format(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Two decimals in every language; blank for no value. */
    private static final class NumberCell<S> extends TableCell<S, Double> {
        @Override
        protected void updateItem(Double item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : format(item));
        }
    }

    @FXML
    private void onClearNineBox() {
        vm.drillDown(null);
    }

    @FXML
    private void onNewRound() {
        vm.newRound();
    }

    @FXML
    private void onAdvance() {
        vm.advance();
    }

    @FXML
    private void onBack() {
        vm.back();
    }

    @FXML
    private void onScore() {
        vm.score();
    }

    @FXML
    private void onCompare() {
        if (vm.compare(List.copyOf(rankingTable.getSelectionModel().getSelectedItems()))) {
            tabs.getSelectionModel().select(compareTab);
        }
    }

    @FXML
    private void onExportXlsx() {
        vm.export("xlsx");
    }

    @FXML
    private void onExportCsv() {
        vm.export("csv");
    }

    @FXML
    private void onOpenProfile() {
        vm.breakdown().openProfile();
    }

    @FXML
    private void onInclude() {
        vm.decide(participantsTable.getSelectionModel().getSelectedItem(), true);
    }

    @FXML
    private void onExclude() {
        vm.decide(participantsTable.getSelectionModel().getSelectedItem(), false);
    }

    @FXML
    private void onConfirmed() {
        vm.verify(participantsTable.getSelectionModel().getSelectedItem(), false);
    }

    @FXML
    private void onCorrected() {
        vm.verify(participantsTable.getSelectionModel().getSelectedItem(), true);
    }

    @FXML
    private void onCheckIn() {
        vm.checkIn(participantsTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onVerificationSheet() {
        vm.exportVerificationSheet(participantsTable.getSelectionModel().getSelectedItem());
    }
}
