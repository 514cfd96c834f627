package io.factordesk.ui.credit;

import io.factordesk.domain.credit.LatestCheck;
import io.factordesk.scoring.Decision;
import io.factordesk.service.CreditCheckService;
import io.factordesk.service.RecordedCheck;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The portfolio's score distribution by grade and decision: from the newest stored check of each
 * supplier (an officer's override counting over the model), or from the batch just run; it says which.
 */
public final class ScoreDistributionViewModel {

    private final Supplier<CreditCheckService> checks;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<ScoreDistribution> distribution = new SimpleObjectProperty<>(this, "distribution");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private boolean current;
    private String sourceKey;
    private long sourceCount;

    public ScoreDistributionViewModel(Supplier<CreditCheckService> checks, TaskExecutor executor, DialogService dialogs,
                                      Messages messages) {
        this.checks = checks;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        messages.localeProperty().addListener((obs, old, now) -> {
            if (sourceKey != null) {
                source(sourceKey, sourceCount);
            }
        });
    }

    /** The chart came to the front: the stored picture, unless one is already shown. */
    void show() {
        if (!current) {
            loadStored();
        }
    }

    /** The cache changed underneath: what is shown is no longer its picture. */
    void reload() {
        distribution.set(null);
        current = false;
    }

    /** The newest stored check of every supplier. */
    public void loadStored() {
        current = true;
        executor.execute(BackgroundTask.of(work -> {
            CreditCheckService service = checks.get();
            List<LatestCheck> latest = service.latestChecks();
            return ScoreDistribution.of(service.gradeNames(), latest.stream().map(c -> new ScoreDistribution.Entry(
                    c.grade(), Decision.valueOf(c.overrideDecision() == null ? c.decision() : c.overrideDecision())))
                    .toList());
        }).onSuccess(loaded -> {
            distribution.set(loaded);
            source("credit.distribution.fromStored", loaded.total());
        }).onFailure(failure -> {
            current = false;
            dialogs.showError(messages.get("error.title"), messages.get("credit.distribution.failed"), failure);
        }));
    }

    /** The batch just run, in the model's grade order. */
    void fromBatch(List<RecordedCheck> checked, List<String> gradeOrder) {
        current = true;
        distribution.set(ScoreDistribution.of(gradeOrder, checked.stream()
                .map(c -> new ScoreDistribution.Entry(c.result().grade(), c.result().decision())).toList()));
        source("credit.distribution.fromBatch", checked.size());
    }

    private void source(String key, long count) {
        sourceKey = key;
        sourceCount = count;
        source.set(messages.get(key, messages.count(count)));
    }

    public ReadOnlyObjectProperty<ScoreDistribution> distributionProperty() {
        return distribution;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }
}
