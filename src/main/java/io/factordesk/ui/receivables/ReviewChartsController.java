package io.factordesk.ui.receivables;

import io.factordesk.domain.AgingBucket;
import io.factordesk.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;

/** Draws the aging buckets (outstanding in 10,000 CNY) and the concentration by debtor. */
public final class ReviewChartsController {

    private static final java.math.BigDecimal TEN_THOUSAND = java.math.BigDecimal.valueOf(10_000);

    private final ReviewChartsViewModel viewModel;
    private final Messages messages;

    @FXML private DatePicker agingAsOfPicker;
    @FXML private BarChart<String, Number> agingChart;
    @FXML private NumberAxis agingAmountAxis;
    @FXML private PieChart concentrationChart;

    public ReviewChartsController(ReviewChartsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        agingAsOfPicker.setConverter(Converters.isoDates());
        agingAsOfPicker.valueProperty().bindBidirectional(viewModel.asOfProperty());
        agingAmountAxis.setLabel(messages.get("desk.agingAxis"));
        viewModel.buckets().addListener((ListChangeListener<AgingBucket>) change -> drawAging());
        viewModel.slices().addListener((ListChangeListener<ReviewChartsViewModel.Slice>) change -> drawConcentration());
        drawAging();
        drawConcentration();
    }

    private void drawAging() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (AgingBucket bucket : viewModel.buckets()) {
            series.getData().add(new XYChart.Data<>(band(bucket.band()),
                    bucket.outstanding().divide(TEN_THOUSAND, 2, java.math.RoundingMode.HALF_UP)));
        }
        agingChart.getData().setAll(java.util.List.of(series));
        for (int i = 0; i < series.getData().size(); i++) {
            AgingBucket bucket = viewModel.buckets().get(i);
            var node = series.getData().get(i).getNode();
            if (node != null) {
                Tooltip.install(node, new Tooltip(messages.get("desk.agingTooltip", messages.count(bucket.count()),
                        messages.amount(bucket.outstanding()))));
            }
        }
    }

    private void drawConcentration() {
        boolean english = messages.isEnglish();
        concentrationChart.getData().setAll(viewModel.slices().stream().map(slice -> new PieChart.Data(
                (slice.debtor() == null ? messages.get("desk.otherDebtors") : slice.debtor().name(english))
                        + "  " + slice.share().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%",
                slice.outstanding().doubleValue())).toList());
    }

    private String band(AgingBucket.Band band) {
        return messages.get(switch (band) {
            case CURRENT -> "desk.aging.current";
            case DAYS_1_30 -> "desk.aging.days1to30";
            case DAYS_31_60 -> "desk.aging.days31to60";
            case DAYS_61_90 -> "desk.aging.days61to90";
            case OVER_90 -> "desk.aging.over90";
        });
    }
}
