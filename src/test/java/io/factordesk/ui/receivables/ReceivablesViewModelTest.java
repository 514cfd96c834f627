package io.factordesk.ui.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.app.AppContext;
import io.factordesk.app.SmallPortfolio;
import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivableQuery.SortColumn;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.RecordingDialogService;
import io.factordesk.ui.common.SameThreadTaskExecutor;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivablesViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ReceivablesViewModel viewModel;

    @BeforeEach
    void openPortfolio() throws Exception {
        context = SmallPortfolio.createIn(folder);
        ObservableList<SupplierSummary> suppliers = FXCollections.observableArrayList(context.portfolio().suppliers());
        viewModel = new ReceivablesViewModel(context.portfolio(), executor, dialogs, new Messages(Messages.ENGLISH),
                suppliers, SmallPortfolio.CLOCK);
        viewModel.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void showsOnePageAndTheSizeOfTheWholeSet() {
        assertThat(viewModel.rows()).hasSize(ReceivablesViewModel.PAGE_SIZE);
        assertThat(viewModel.totalCountProperty().get()).isEqualTo(SmallPortfolio.RECEIVABLES);
        assertThat(viewModel.pageCountProperty().get()).isEqualTo(3);
        assertThat(viewModel.rows().get(0).invoiceNo()).isEqualTo("00000001");

        viewModel.pageIndexProperty().set(2);

        assertThat(viewModel.rows()).hasSize(50);
        assertThat(viewModel.rows().get(0).invoiceNo()).isEqualTo("00000401");
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void aScreenNotYetOpenedIsNotQueriedOnReload() {
        ReceivablesViewModel notShown = new ReceivablesViewModel(context.portfolio(), executor, dialogs,
                new Messages(Messages.ENGLISH), FXCollections.observableArrayList(), SmallPortfolio.CLOCK);
        int executed = executor.executedCount();

        notShown.reload();
        assertThat(executor.executedCount()).isEqualTo(executed);

        notShown.show();
        notShown.reload();
        assertThat(executor.executedCount()).isEqualTo(executed + 2);
        assertThat(notShown.rows()).hasSize(ReceivablesViewModel.PAGE_SIZE);
    }

    @Test
    void overdueMeansPastDueTodayAndStillOwed() {
        // Odd receivables fell due ten days ago; every third one is paid.
        assertThat(viewModel.isOverdue(viewModel.rows().get(0))).as("1: open, past due").isTrue();
        assertThat(viewModel.isOverdue(viewModel.rows().get(1))).as("2: due in 30 days").isFalse();
        assertThat(viewModel.isOverdue(viewModel.rows().get(2))).as("3: paid").isFalse();
    }

    @Test
    void sortingReQueriesTheCacheFromTheFirstPage() {
        viewModel.pageIndexProperty().set(1);

        assertThat(viewModel.sortBy(SortColumn.FACE_AMOUNT, true)).isTrue();

        assertThat(viewModel.pageIndexProperty().get()).isZero();
        assertThat(viewModel.rows().get(0).faceAmount()).isEqualByComparingTo(SmallPortfolio.face(450));
        assertThat(viewModel.rows().get(1).faceAmount()).isEqualByComparingTo(SmallPortfolio.face(449));
        int executed = executor.executedCount();
        assertThat(viewModel.sortBy(SortColumn.FACE_AMOUNT, true)).isFalse();
        assertThat(executor.executedCount()).isEqualTo(executed);
    }

    @Test
    void supplierAndStatusFiltersNarrowTheQuery() {
        SupplierSummary c = viewModel.supplierChoices().stream()
                .filter(s -> s.id() == SmallPortfolio.SUPPLIER_C).findFirst().orElseThrow();

        viewModel.supplierFilterProperty().set(c);
        assertThat(viewModel.totalCountProperty().get()).isEqualTo(30);
        assertThat(viewModel.rows()).extracting(Receivable::supplierId).containsOnly(SmallPortfolio.SUPPLIER_C);

        viewModel.statusFilterProperty().set(ReceivableStatus.PAID);
        assertThat(viewModel.totalCountProperty().get()).isEqualTo(10);
        assertThat(viewModel.rows()).extracting(Receivable::status).containsOnly(ReceivableStatus.PAID);

        viewModel.supplierFilterProperty().set(null);
        viewModel.statusFilterProperty().set(null);
        assertThat(viewModel.totalCountProperty().get()).isEqualTo(SmallPortfolio.RECEIVABLES);
    }

    @Test
    void searchFindsAnInvoiceOnlyWhenApplied() {
        viewModel.searchTextProperty().set(" 00000123 ");
        assertThat(viewModel.totalCountProperty().get()).isEqualTo(SmallPortfolio.RECEIVABLES);

        viewModel.search();

        assertThat(viewModel.rows()).singleElement()
                .satisfies(r -> assertThat(r.faceAmount()).isEqualByComparingTo(SmallPortfolio.face(123)));
        assertThat(viewModel.pageCountProperty().get()).isEqualTo(1);

        viewModel.searchTextProperty().set("no-such-invoice");
        viewModel.search();
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.totalCountProperty().get()).isZero();
        assertThat(viewModel.pageCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aSlowEarlierPageNeverOverwritesTheLaterOne() {
        SameThreadTaskExecutor deferred = new SameThreadTaskExecutor().deferred();
        ReceivablesViewModel paged = new ReceivablesViewModel(context.portfolio(), deferred, dialogs,
                new Messages(Messages.ENGLISH), FXCollections.observableArrayList(), SmallPortfolio.CLOCK);

        paged.pageIndexProperty().set(1);
        paged.pageIndexProperty().set(2);
        deferred.runPending();

        assertThat(paged.rows()).hasSize(50);
        assertThat(paged.pageIndexProperty().get()).isEqualTo(2);
        assertThat(dialogs.shown()).isEmpty();
    }
}
