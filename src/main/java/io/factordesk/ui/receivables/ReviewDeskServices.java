package io.factordesk.ui.receivables;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.service.EligibilityScanService;
import io.factordesk.service.PortfolioAgingService;
import io.factordesk.service.ReceivableReviewService;
import io.factordesk.service.ReceivablesExportService;
import io.factordesk.service.ReviewDeskService;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.deals.SessionViewModel;
import java.time.Clock;
import javafx.collections.ObservableList;

/** The services behind the review desk, and how its view models are put together. */
public record ReviewDeskServices(ReviewDeskService desk, ReceivableReviewService review, EligibilityScanService scan,
                                 PortfolioAgingService aging, ReceivablesExportService export) {

    public ReviewDeskViewModel viewModel(SessionViewModel session, ObservableList<SupplierSummary> suppliers,
                                         TaskExecutor executor, DialogService dialogs, Messages messages, Clock clock,
                                         DealHandOff handOff) {
        JobProgress job = new JobProgress(messages);
        ReviewTableViewModel table = new ReviewTableViewModel(desk, executor, dialogs, messages, clock);
        ReviewDeskViewModel.Parts parts = new ReviewDeskViewModel.Parts(
                new ReviewFilterViewModel(desk, executor, dialogs, messages, suppliers),
                table,
                new ReviewTotalsViewModel(desk, executor, dialogs, messages),
                new ReceivableDetailViewModel(desk, executor, dialogs, messages),
                new ReviewActionsViewModel(review, session, executor, dialogs, messages),
                new ReviewChartsViewModel(aging, executor, dialogs, messages, clock),
                new ReviewExportViewModel(export, executor, dialogs, messages, clock, job,
                        () -> new ReviewExportViewModel.View(table.filter(), table.sort(), table.isDescending())),
                new EligibilityRescanViewModel(scan, executor, dialogs, messages, clock, job),
                job);
        return new ReviewDeskViewModel(parts, session, dialogs, messages, handOff);
    }
}
