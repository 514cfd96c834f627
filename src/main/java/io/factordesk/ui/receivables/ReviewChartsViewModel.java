package io.factordesk.ui.receivables;

import io.factordesk.domain.AgingBucket;
import io.factordesk.domain.DebtorExposure;
import io.factordesk.service.PortfolioAgingService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The desk's charts: unpaid receivables by days past due as of a chosen date, and the largest debtors'
 * share of the unpaid book (the rest summed as one slice).
 */
public final class ReviewChartsViewModel {

    /** One slice of the concentration chart; debtor is null for "all other debtors". */
    public record Slice(DebtorExposure debtor, BigDecimal outstanding, BigDecimal share) {
    }

    // Seven debtors and the rest: the eight slices keep the chart's eight distinct default colours.
    static final int LARGEST_DEBTORS = 7;

    private final PortfolioAgingService aging;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObservableList<AgingBucket> buckets = FXCollections.observableArrayList();
    private final ObservableList<Slice> slices = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private boolean shown;

    public ReviewChartsViewModel(PortfolioAgingService aging, TaskExecutor executor, DialogService dialogs,
                                 Messages messages, Clock clock) {
        this.aging = aging;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        asOf.set(LocalDate.now(clock));
        asOf.addListener((obs, old, now) -> {
            if (shown && now != null) {
                loadAging();
            }
        });
    }

    /** The charts tab is on display: read both charts the first time. */
    public void show() {
        if (!shown) {
            shown = true;
            reload();
        }
    }

    public void reload() {
        if (shown) {
            loadAging();
            loadConcentration();
        }
    }

    private void loadAging() {
        LocalDate date = asOf.get();
        loading.set(true);
        executor.execute(BackgroundTask.of(progress -> aging.aging(date))
                .onSuccess(found -> {
                    loading.set(false);
                    buckets.setAll(found);
                })
                .onFailure(this::failed));
    }

    private void loadConcentration() {
        executor.execute(BackgroundTask.of(progress -> slices(aging.concentration()))
                .onSuccess(slices::setAll)
                .onFailure(this::failed));
    }

    static List<Slice> slices(List<DebtorExposure> exposures) {
        List<DebtorExposure> largest = exposures.stream()
                .sorted(Comparator.comparing(DebtorExposure::outstanding).reversed()).toList();
        List<Slice> result = new ArrayList<>();
        BigDecimal restAmount = BigDecimal.ZERO;
        BigDecimal restShare = BigDecimal.ZERO;
        for (int i = 0; i < largest.size(); i++) {
            DebtorExposure exposure = largest.get(i);
            if (i < LARGEST_DEBTORS) {
                result.add(new Slice(exposure, exposure.outstanding(), exposure.share()));
            } else {
                restAmount = restAmount.add(exposure.outstanding());
                restShare = restShare.add(exposure.share());
            }
        }
        if (restAmount.signum() > 0) {
            result.add(new Slice(null, restAmount, restShare));
        }
        return result;
    }

    private void failed(Throwable failure) {
        loading.set(false);
        dialogs.showError(messages.get("error.title"), messages.get("desk.chartsFailed"), failure);
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<AgingBucket> buckets() {
        return buckets;
    }

    public ObservableList<Slice> slices() {
        return slices;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
