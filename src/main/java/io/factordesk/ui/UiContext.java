package io.factordesk.ui;

import io.factordesk.service.ContractService;
import io.factordesk.service.CreditCheckService;
import io.factordesk.service.CreditOverrideService;
import io.factordesk.service.DealService;
import io.factordesk.service.DemoPortfolioService;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.PortfolioOverviewService;
import io.factordesk.service.PortfolioService;
import io.factordesk.service.SignInService;
import io.factordesk.ui.coming.ComingSoonController;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.credit.CreditBatchController;
import io.factordesk.ui.credit.CreditBatchViewModel;
import io.factordesk.ui.credit.CreditCheckController;
import io.factordesk.ui.credit.CreditCheckViewModel;
import io.factordesk.ui.credit.CreditController;
import io.factordesk.ui.credit.CreditHistoryController;
import io.factordesk.ui.credit.CreditHistoryViewModel;
import io.factordesk.ui.credit.CreditViewModel;
import io.factordesk.ui.credit.ScoreDistributionViewModel;
import io.factordesk.ui.credit.WhatIfController;
import io.factordesk.ui.credit.WhatIfViewModel;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.UiPreferences;
import io.factordesk.ui.deals.ContractPreviewController;
import io.factordesk.ui.deals.ContractPreviewViewModel;
import io.factordesk.ui.deals.DealBuilderController;
import io.factordesk.ui.deals.DealBuilderViewModel;
import io.factordesk.ui.deals.DealListController;
import io.factordesk.ui.deals.DealListViewModel;
import io.factordesk.ui.deals.DealsController;
import io.factordesk.ui.deals.DealsViewModel;
import io.factordesk.ui.deals.DocumentOpener;
import io.factordesk.ui.deals.PdfPageRenderer;
import io.factordesk.ui.deals.SessionViewModel;
import io.factordesk.ui.overview.OverviewController;
import io.factordesk.ui.overview.OverviewViewModel;
import io.factordesk.ui.deals.SignInController;
import io.factordesk.ui.receivables.ReceivableDetailController;
import io.factordesk.ui.receivables.ReviewChartsController;
import io.factordesk.ui.receivables.ReviewDeskController;
import io.factordesk.ui.receivables.ReviewDeskServices;
import io.factordesk.ui.receivables.ReviewDeskViewModel;
import io.factordesk.ui.receivables.ReviewFilterController;
import io.factordesk.ui.receivables.ReviewTableController;
import io.factordesk.ui.shell.MainController;
import io.factordesk.ui.shell.MainViewModel;
import io.factordesk.ui.shell.Screen;
import io.factordesk.ui.suppliers.SupplierDetailController;
import io.factordesk.ui.suppliers.SupplierDetailViewModel;
import io.factordesk.ui.suppliers.SuppliersController;
import io.factordesk.ui.suppliers.SuppliersViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The UI's part of the composition root: the view models live here for the whole session (so a
 * language switch can rebuild every view and keep the state), and controllers are made per view
 * with their constructor arguments from an explicit map.
 */
public final class UiContext {

    public static final String MAIN_VIEW = "/io/factordesk/ui/shell/MainView.fxml";

    private final Messages messages;
    private final UiPreferences preferences;
    private final MainViewModel main;
    private final OverviewViewModel overview;
    private final SuppliersViewModel suppliers;
    private final ReviewDeskViewModel receivables;
    private final DealsViewModel deals;
    private final CreditViewModel credit;
    private final Map<Class<?>, Supplier<Object>> controllers;

    /** The services of the Deals & Contracts screen and how it opens a file in the system viewer. */
    public record DealServices(DealService deals, ContractService contracts, SignInService signIn,
                               DocumentOpener opener) {
    }

    /** The services of the Credit screen; the check service is built on first use (it reads the model). */
    public record CreditServices(Supplier<CreditCheckService> checks, CreditOverrideService overrides) {
    }

    public UiContext(PortfolioService portfolio, PortfolioOverviewService portfolioOverview,
                     DemoPortfolioService demo, DemoSpec firstStartSpec, DealServices dealServices,
                     ReviewDeskServices reviewServices, CreditServices creditServices, TaskExecutor executor,
                     DialogService dialogs, Messages messages, UiPreferences preferences,
                     Clock clock) {
        this.messages = messages;
        this.preferences = preferences;
        this.overview = new OverviewViewModel(portfolioOverview, executor, dialogs, messages);
        SupplierDetailViewModel detail = new SupplierDetailViewModel(portfolio, executor, dialogs, messages);
        this.suppliers = new SuppliersViewModel(portfolio, executor, dialogs, messages, detail);
        SessionViewModel session = new SessionViewModel(dealServices.signIn(), executor, dialogs, messages);
        this.deals = new DealsViewModel(session,
                new DealBuilderViewModel(dealServices.deals(), session, executor, dialogs, messages,
                        suppliers.allSuppliers(), clock),
                new DealListViewModel(dealServices.deals(), dealServices.contracts(), session, executor, dialogs,
                        messages),
                new ContractPreviewViewModel(new PdfPageRenderer(), dealServices.opener(), executor, dialogs,
                        messages));
        this.receivables = reviewServices.viewModel(session, suppliers.allSuppliers(), executor, dialogs, messages,
                clock, this::buildDeal);
        this.credit = credit(creditServices, session, executor, dialogs, messages);
        this.main = new MainViewModel(portfolio, demo, firstStartSpec, executor, dialogs, messages,
                List.of(overview, suppliers, receivables, deals, credit));
        this.controllers = Map.ofEntries(
                Map.entry(DealsController.class, () -> new DealsController(deals)),
                Map.entry(DealBuilderController.class, () -> new DealBuilderController(deals.builder(), messages)),
                Map.entry(DealListController.class, () -> new DealListController(deals.list(), messages)),
                Map.entry(ContractPreviewController.class,
                        () -> new ContractPreviewController(deals.preview(), messages)),
                Map.entry(MainController.class, () -> new MainController(main, messages, this::loadScreen)),
                Map.entry(OverviewController.class, () -> new OverviewController(overview, messages)),
                Map.entry(SuppliersController.class, () -> new SuppliersController(suppliers, messages, preferences)),
                Map.entry(SupplierDetailController.class, () -> new SupplierDetailController(detail, messages)),
                Map.entry(SignInController.class, () -> new SignInController(session)),
                Map.entry(ReviewDeskController.class,
                        () -> new ReviewDeskController(receivables, messages, preferences)),
                Map.entry(ReviewFilterController.class,
                        () -> new ReviewFilterController(receivables.filters(), messages)),
                Map.entry(ReviewTableController.class,
                        () -> new ReviewTableController(receivables, messages, preferences)),
                Map.entry(ReceivableDetailController.class,
                        () -> new ReceivableDetailController(receivables.detail(), messages)),
                Map.entry(ReviewChartsController.class,
                        () -> new ReviewChartsController(receivables.charts(), messages)),
                Map.entry(CreditController.class, () -> new CreditController(credit)),
                Map.entry(CreditCheckController.class, () -> new CreditCheckController(credit.check(), messages)),
                Map.entry(WhatIfController.class, () -> new WhatIfController(credit.check().whatIf(), messages)),
                Map.entry(CreditHistoryController.class,
                        () -> new CreditHistoryController(credit.check().history(), messages)),
                Map.entry(CreditBatchController.class, () -> new CreditBatchController(credit.batch(), messages)));
    }

    /** The review desk's hand-off: the deals screen opens on the builder with the desk's selection. */
    private void buildDeal(long supplierId, List<Long> receivableIds) {
        deals.buildFrom(supplierId, receivableIds);
        main.screenProperty().set(Screen.DEALS);
    }

    /** The Credit screen shares the deals screen's session: one officer signed in at this desk. */
    private CreditViewModel credit(CreditServices services, SessionViewModel session, TaskExecutor executor,
                                   DialogService dialogs, Messages messages) {
        CreditHistoryViewModel history = new CreditHistoryViewModel(services.checks(), services.overrides(), session,
                executor, dialogs, messages);
        WhatIfViewModel whatIf = new WhatIfViewModel(services.checks(), executor, dialogs, messages);
        return new CreditViewModel(session,
                new CreditCheckViewModel(services.checks(), session, whatIf, history, executor, dialogs, messages,
                        suppliers.allSuppliers()),
                new CreditBatchViewModel(services.checks(), session, executor, dialogs, messages,
                        suppliers.allSuppliers(),
                        new ScoreDistributionViewModel(services.checks(), executor, dialogs, messages)));
    }

    public Object controllerFor(Class<?> type) {
        Supplier<Object> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }

    /** Loads an FXML view in the current language with controllers from this context. */
    public Parent load(String view) {
        return load(view, new FXMLLoader());
    }

    /** Loads a screen; a screen not built yet gets the coming-soon view that names what it will do. */
    public Parent loadScreen(Screen screen) {
        FXMLLoader loader = new FXMLLoader();
        if (screen.isComingSoon()) {
            loader.setControllerFactory(type -> type == ComingSoonController.class
                    ? new ComingSoonController(screen, messages) : controllerFor(type));
        }
        return load(screen.view(), loader);
    }

    private Parent load(String view, FXMLLoader loader) {
        loader.setLocation(Objects.requireNonNull(UiContext.class.getResource(view), view));
        loader.setResources(messages.bundle());
        if (loader.getControllerFactory() == null) {
            loader.setControllerFactory(this::controllerFor);
        }
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + view, e);
        }
    }

    public Messages messages() {
        return messages;
    }

    public UiPreferences preferences() {
        return preferences;
    }

    public MainViewModel main() {
        return main;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public SuppliersViewModel suppliers() {
        return suppliers;
    }

    public ReviewDeskViewModel receivables() {
        return receivables;
    }

    public DealsViewModel deals() {
        return deals;
    }

    public CreditViewModel credit() {
        return credit;
    }
}
