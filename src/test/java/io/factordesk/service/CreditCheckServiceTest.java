package io.factordesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factordesk.app.AppContext;
import io.factordesk.app.SmallPortfolio;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.scoring.CreditCheckResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch progress and cancel, the history per supplier, and what the officer's request changes. */
class CreditCheckServiceTest {

    @TempDir
    static Path folder;
    private static AppContext context;
    private static List<SupplierSummary> suppliers;

    @BeforeAll
    static void portfolio() throws Exception {
        context = SmallPortfolio.createIn(folder);
        suppliers = context.portfolio().suppliers();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void batchReportsProgressAndStoresEveryCheck() {
        List<long[]> reports = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        List<CreditCheckResult> results = context.creditChecks().checkAll(null, "batch", new ProgressListener() {
            @Override
            public void progress(long done, long total, String stage) {
                reports.add(new long[] {done, total});
                stages.add(stage);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(results).hasSize(suppliers.size());
        assertThat(results).allSatisfy(r -> assertThat(r.asOf()).isEqualTo(SmallPortfolio.TODAY));
        assertThat(stages).containsExactly(CreditCheckService.STAGE_READING, CreditCheckService.STAGE_SCORING);
        assertThat(reports.get(reports.size() - 1)).containsExactly(suppliers.size(), suppliers.size());
        for (SupplierSummary supplier : suppliers) {
            assertThat(context.creditChecks().history(supplier.uscc())).isNotEmpty();
        }
    }

    @Test
    void cancelledBatchStoresNothing() {
        Uscc c = suppliers.get(2).uscc();
        int before = context.creditChecks().history(c).size();
        List<CreditCheckResult> results = context.creditChecks().checkAll(SmallPortfolio.TODAY, "batch",
                new ProgressListener() {
                    @Override
                    public void progress(long done, long total, String stage) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                });
        assertThat(results).isEmpty();
        assertThat(context.creditChecks().history(c)).hasSize(before);
    }

    @Test
    void historyListsChecksNewestFirstWithTheirModel() {
        Uscc a = suppliers.get(0).uscc();
        CreditCheckResult first = context.creditChecks().check(a, SmallPortfolio.TODAY.minusMonths(1), "nobody");
        CreditCheckResult second = context.creditChecks().check(a, SmallPortfolio.TODAY, "nobody");
        List<StoredCreditCheck> history = context.creditChecks().history(a);
        assertThat(history.get(0).resultJson()).contains("\"asOf\" : \"" + second.asOf() + "\"");
        assertThat(history.get(1).resultJson()).contains("\"asOf\" : \"" + first.asOf() + "\"");
        assertThat(history.get(0).modelVersion()).isEqualTo(second.modelVersion());
        assertThat(history.get(0).officerId()).as("no officer has that login").isNull();
    }

    @Test
    void requestAboveTheRecommendedLineIsReferredAtLeast() {
        Uscc a = suppliers.get(0).uscc();
        CreditCheckResult asked = context.creditChecks().check(a, SmallPortfolio.TODAY, "nobody",
                new RequestedTerms(new java.math.BigDecimal("999999999.00"), 60, null));
        assertThat(asked.decision().name()).isIn("REFER", "DECLINE");
        assertThat(asked.decisionNotes()).anySatisfy(note -> assertThat(note.en()).contains("999,999,999.00"));
        assertThat(asked.pricing().capital().ead()).as("the advance on the amount asked for")
                .isGreaterThan(context.creditChecks().check(a, SmallPortfolio.TODAY, "nobody").pricing().capital().ead());
    }

    @Test
    void unknownSupplierIsRefused() {
        Uscc unknown = Uscc.complete("91110000MA0000000");
        assertThatThrownBy(() -> context.creditChecks().check(unknown, null, "nobody"))
                .isInstanceOf(NoSuchSupplierException.class).hasMessageContaining(unknown.value());
    }
}
