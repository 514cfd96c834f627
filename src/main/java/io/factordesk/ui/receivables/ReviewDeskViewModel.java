package io.factordesk.ui.receivables;

import io.factordesk.domain.review.ReviewRow;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.deals.SessionViewModel;
import java.util.List;

/**
 * The officer's review desk as a whole: a filter applied re-reads the page and then the totals; an action
 * re-reads page, totals and the detail; the selection of one supplier becomes a new deal.
 */
public final class ReviewDeskViewModel implements ReloadableViewModel {

    /** The parts of the desk, each with its own state. */
    public record Parts(ReviewFilterViewModel filters, ReviewTableViewModel table, ReviewTotalsViewModel totals,
                        ReceivableDetailViewModel detail, ReviewActionsViewModel actions,
                        ReviewChartsViewModel charts, ReviewExportViewModel export,
                        EligibilityRescanViewModel rescan, JobProgress job) {
    }

    private final Parts parts;
    private final SessionViewModel session;
    private final DialogService dialogs;
    private final Messages messages;
    private final DealHandOff handOff;
    private boolean shown;

    public ReviewDeskViewModel(Parts parts, SessionViewModel session, DialogService dialogs, Messages messages,
                               DealHandOff handOff) {
        this.parts = parts;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
        this.handOff = handOff;
        parts.filters().setOnApplied(filter -> {
            parts.table().show(filter);
            parts.totals().load(filter);
        });
        parts.totals().totalsProperty().addListener((obs, old, now) -> {
            if (now != null) {
                parts.table().setTotalCount(now.count());
            }
        });
        parts.actions().setOnDone(this::refresh);
        parts.rescan().setOnDone(this::refresh);
    }

    /** The screen is on display: load the first page unless it is already there. */
    public void show() {
        if (!shown) {
            shown = true;
            parts.filters().loadDebtors(false);
            parts.filters().apply();
        }
    }

    /** The desk loads when first shown ({@link #show()}); at start there is nothing to load twice. */
    @Override
    public void cacheOpened() {
    }

    /** After the demo was rebuilt: everything underneath changed. */
    @Override
    public void reload() {
        if (shown) {
            parts.filters().loadDebtors(true);
            refresh();
            parts.charts().reload();
        }
    }

    /** Page, totals and detail again, keeping filter, sort and page. */
    public void refresh() {
        parts.table().load();
        parts.totals().load(parts.table().filter());
        parts.detail().reload();
    }

    /** With receivables of one supplier selected: the deal builder for that supplier with exactly those ticked. */
    public void newDealFromSelection() {
        List<ReviewRow> chosen = List.copyOf(parts.actions().selection());
        if (chosen.isEmpty()) {
            dialogs.showError(messages.get("desk.newDealTitle"), messages.get("desk.noSelection"), null);
            return;
        }
        List<Long> suppliers = chosen.stream().map(row -> row.receivable().supplierId()).distinct().toList();
        if (suppliers.size() > 1) {
            dialogs.showError(messages.get("desk.newDealTitle"),
                    messages.get("desk.newDealMixedSuppliers", messages.count(suppliers.size())), null);
            return;
        }
        handOff.buildDeal(suppliers.get(0), chosen.stream().map(row -> row.receivable().id()).toList());
    }

    public ReviewFilterViewModel filters() {
        return parts.filters();
    }

    public ReviewTableViewModel table() {
        return parts.table();
    }

    public ReviewTotalsViewModel totals() {
        return parts.totals();
    }

    public ReceivableDetailViewModel detail() {
        return parts.detail();
    }

    public ReviewActionsViewModel actions() {
        return parts.actions();
    }

    public ReviewChartsViewModel charts() {
        return parts.charts();
    }

    public ReviewExportViewModel export() {
        return parts.export();
    }

    public EligibilityRescanViewModel rescan() {
        return parts.rescan();
    }

    public JobProgress job() {
        return parts.job();
    }

    public SessionViewModel session() {
        return session;
    }
}
