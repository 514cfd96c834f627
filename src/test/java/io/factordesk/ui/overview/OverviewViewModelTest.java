package io.factordesk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.app.AppContext;
import io.factordesk.app.SmallPortfolio;
import io.factordesk.domain.PortfolioTotals;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.RecordingDialogService;
import io.factordesk.ui.common.SameThreadTaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {

    @TempDir
    Path folder;

    @Test
    void countsOpenAndOverdueExposureAsOfToday() throws Exception {
        try (AppContext context = SmallPortfolio.createIn(folder)) {
            OverviewViewModel viewModel = new OverviewViewModel(context.portfolioOverview(),
                    new SameThreadTaskExecutor(), new RecordingDialogService(), new Messages(Messages.ENGLISH));

            viewModel.reload();

            PortfolioTotals totals = viewModel.totalsProperty().get();
            assertThat(totals.asOf()).isEqualTo(SmallPortfolio.TODAY);
            assertThat(totals.suppliers()).isEqualTo(3);
            assertThat(totals.debtors()).isEqualTo(2);
            assertThat(totals.openReceivables()).isEqualTo(open().count());
            assertThat(totals.openFaceAmount()).isEqualByComparingTo(sum(open()));
            // Odd receivables fell due ten days ago.
            assertThat(totals.overdueReceivables()).isEqualTo(open().filter(n -> n % 2 == 1).count());
            assertThat(totals.overdueAmount()).isEqualByComparingTo(sum(open().filter(n -> n % 2 == 1)));
            assertThat(viewModel.loadingProperty().get()).isFalse();
        }
    }

    private static IntStream open() {
        return IntStream.rangeClosed(1, SmallPortfolio.RECEIVABLES).filter(n -> !SmallPortfolio.status(n).equals("PAID"));
    }

    private static BigDecimal sum(IntStream numbers) {
        return numbers.mapToObj(SmallPortfolio::face).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
