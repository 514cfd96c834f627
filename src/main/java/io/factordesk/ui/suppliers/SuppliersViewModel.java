package io.factordesk.ui.suppliers;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.service.PortfolioService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.common.TaskExecutor;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The suppliers list with a text filter; the selected supplier drives the detail pane. */
public final class SuppliersViewModel implements ReloadableViewModel {

    private final PortfolioService portfolio;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final SupplierDetailViewModel detail;

    private final ObservableList<SupplierSummary> suppliers = FXCollections.observableArrayList();
    private final FilteredList<SupplierSummary> visible = new FilteredList<>(suppliers);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<SupplierSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");

    public SuppliersViewModel(PortfolioService portfolio, TaskExecutor executor, DialogService dialogs,
                              Messages messages, SupplierDetailViewModel detail) {
        this.portfolio = portfolio;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.detail = detail;
        filter.addListener((obs, old, text) -> visible.setPredicate(matching(text)));
        selected.addListener((obs, old, supplier) -> {
            if (old == null || supplier == null || old.id() != supplier.id()) {
                detail.show(supplier == null ? null : supplier.id());
            }
        });
    }

    @Override
    public void reload() {
        loading.set(true);
        executor.execute(BackgroundTask.of(progress -> portfolio.suppliers())
                .onSuccess(list -> {
                    Long selectedId = selected.get() == null ? null : selected.get().id();
                    suppliers.setAll(list);
                    selected.set(list.stream().filter(s -> selectedId != null && s.id() == selectedId)
                            .findFirst().orElse(null));
                    loading.set(false);
                    loaded.set(true);
                })
                .onFailure(failure -> {
                    loading.set(false);
                    dialogs.showError(messages.get("error.title"), messages.get("error.suppliers"), failure);
                }));
    }

    /** Matches names in both languages, USCC, region and industry, ignoring case. */
    static Predicate<SupplierSummary> matching(String text) {
        if (text == null || text.isBlank()) {
            return supplier -> true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return supplier -> contains(supplier.nameZh(), needle) || contains(supplier.nameEn(), needle)
                || contains(supplier.uscc().value(), needle) || contains(supplier.region(), needle)
                || contains(supplier.industry(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    public ObservableList<SupplierSummary> visibleSuppliers() {
        return visible;
    }

    public ObservableList<SupplierSummary> allSuppliers() {
        return suppliers;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<SupplierSummary> selectedProperty() {
        return selected;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public SupplierDetailViewModel detail() {
        return detail;
    }
}
