package io.factordesk.ui.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.app.AppContext;
import io.factordesk.app.SmallPortfolio;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.RecordingDialogService;
import io.factordesk.ui.common.SameThreadTaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppliersViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = new Messages(Messages.ENGLISH);
    private SuppliersViewModel viewModel;

    @BeforeEach
    void openPortfolio() throws Exception {
        context = SmallPortfolio.createIn(folder);
        SupplierDetailViewModel detail = new SupplierDetailViewModel(context.portfolio(), executor, dialogs, messages);
        viewModel = new SuppliersViewModel(context.portfolio(), executor, dialogs, messages, detail);
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void loadsEverySupplierWithItsOpenExposure() {
        viewModel.reload();

        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.visibleSuppliers()).extracting(SupplierSummary::id).containsExactlyInAnyOrder(
                SmallPortfolio.SUPPLIER_A, SmallPortfolio.SUPPLIER_B, SmallPortfolio.SUPPLIER_C);
        SupplierSummary c = supplier(SmallPortfolio.SUPPLIER_C);
        // C holds receivables 421..450; every third one is paid, the others are open or verified.
        long open = java.util.stream.IntStream.rangeClosed(421, 450)
                .filter(n -> !SmallPortfolio.status(n).equals("PAID")).count();
        BigDecimal face = java.util.stream.IntStream.rangeClosed(421, 450)
                .filter(n -> !SmallPortfolio.status(n).equals("PAID"))
                .mapToObj(SmallPortfolio::face).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(c.openReceivables()).isEqualTo(open);
        assertThat(c.openFaceAmount()).isEqualByComparingTo(face);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void filterMatchesEnglishNameUsccAndRegionIgnoringCase() {
        viewModel.reload();

        viewModel.filterProperty().set("hengda");
        assertThat(viewModel.visibleSuppliers()).extracting(SupplierSummary::id)
                .containsExactly(SmallPortfolio.SUPPLIER_B);

        viewModel.filterProperty().set(supplier(SmallPortfolio.SUPPLIER_C).uscc().value().substring(10));
        assertThat(viewModel.visibleSuppliers()).extracting(SupplierSummary::id)
                .containsExactly(SmallPortfolio.SUPPLIER_C);

        viewModel.filterProperty().set("浙江");
        assertThat(viewModel.visibleSuppliers()).hasSize(1);

        viewModel.filterProperty().set("  ");
        assertThat(viewModel.visibleSuppliers()).hasSize(3);
        assertThat(viewModel.allSuppliers()).hasSize(3);
    }

    @Test
    void selectingASupplierLoadsItsDetailWithTheLast24MonthsOfSales() {
        viewModel.reload();

        viewModel.selectedProperty().set(supplier(SmallPortfolio.SUPPLIER_A));

        SupplierDetailViewModel detail = viewModel.detail();
        assertThat(detail.detailProperty().get().summary().id()).isEqualTo(SmallPortfolio.SUPPLIER_A);
        assertThat(detail.addresses()).singleElement().satisfies(a -> assertThat(a.postcode()).isEqualTo("201203"));
        assertThat(detail.bankAccounts()).hasSize(1);
        assertThat(detail.sales()).hasSize(24);
        MonthlySales latest = detail.sales().get(23);
        assertThat(latest.month()).isEqualTo(YearMonth.from(SmallPortfolio.TODAY).minusMonths(1));
        assertThat(latest.sales()).isEqualByComparingTo("300000");
        assertThat(detail.sales().get(0).sales()).isEqualByComparingTo("70000");

        viewModel.selectedProperty().set(null);
        assertThat(detail.detailProperty().get()).isNull();
        assertThat(detail.sales()).isEmpty();
    }

    @Test
    void onlyTheLastSelectedSupplierIsShownWhenLoadsOverlap() {
        SameThreadTaskExecutor deferred = new SameThreadTaskExecutor().deferred();
        SupplierDetailViewModel detail = new SupplierDetailViewModel(context.portfolio(), deferred, dialogs, messages);

        detail.show(SmallPortfolio.SUPPLIER_A);
        detail.show(SmallPortfolio.SUPPLIER_B);
        assertThat(detail.loadingProperty().get()).isTrue();
        deferred.runPending();

        assertThat(detail.detailProperty().get().summary().id()).isEqualTo(SmallPortfolio.SUPPLIER_B);
        assertThat(detail.loadingProperty().get()).isFalse();
    }

    @Test
    void aCacheThatCannotBeReadIsReportedToTheUser() {
        context.close();
        context = null;

        viewModel.reload();

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.message()).isEqualTo(messages.get("error.suppliers"));
            assertThat(error.cause()).isNotNull();
        });
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.loadedProperty().get()).isFalse();
    }

    private SupplierSummary supplier(long id) {
        return viewModel.allSuppliers().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }
}
