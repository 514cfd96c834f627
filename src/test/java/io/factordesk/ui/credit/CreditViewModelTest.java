package io.factordesk.ui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.app.AppContext;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.Decision;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.RecordingDialogService;
import io.factordesk.ui.common.SameThreadTaskExecutor;
import io.factordesk.ui.deals.SessionViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credit screen's view models over a real demo cache, without the FX toolkit. */
class CreditViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String JUSTIFICATION = "Supplier showed signed delivery notes for every invoice";

    @TempDir
    static Path folder;
    private static AppContext context;
    private static ObservableList<SupplierSummary> suppliers;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = new Messages(Messages.ENGLISH);
    private SameThreadTaskExecutor executor;
    private SessionViewModel session;
    private CreditViewModel credit;

    @BeforeAll
    static void demoCache() {
        context = new AppContext(folder, CLOCK);
        context.demoPortfolio().rebuild(new DemoSpec(12, 1_500, 7), ProgressListener.NONE);
        suppliers = FXCollections.observableArrayList(context.portfolio().suppliers());
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @BeforeEach
    void screen() {
        build(new SameThreadTaskExecutor());
    }

    private void build(SameThreadTaskExecutor taskExecutor) {
        executor = taskExecutor;
        session = new SessionViewModel(context.signIn(), executor, dialogs, messages);
        CreditHistoryViewModel history = new CreditHistoryViewModel(context::creditChecks, context.creditOverrides(),
                session, executor, dialogs, messages);
        WhatIfViewModel whatIf = new WhatIfViewModel(context::creditChecks, executor, dialogs, messages);
        credit = new CreditViewModel(session,
                new CreditCheckViewModel(context::creditChecks, session, whatIf, history, executor, dialogs, messages,
                        suppliers),
                new CreditBatchViewModel(context::creditChecks, session, executor, dialogs, messages, suppliers,
                        new ScoreDistributionViewModel(context::creditChecks, executor, dialogs, messages)));
    }

    private void signInAsOfficer() {
        session.loginProperty().set("demo.officer");
        session.signIn("demo".toCharArray());
    }

    /** Chooses the supplier and runs its check, signing in when asked. */
    private CreditCheckResult runCheckOf(SupplierSummary supplier) {
        CreditCheckViewModel check = credit.check();
        check.supplierProperty().set(supplier);
        check.runCheck();
        if (session.signInShownProperty().get()) {
            signInAsOfficer();
        }
        return check.resultProperty().get();
    }

    @Test
    void runningACheckAsksWhoIsSignedInStoresItAndShowsTheExplanation() {
        SupplierSummary supplier = suppliers.get(0);
        int before = context.creditChecks().history(supplier.uscc()).size();
        credit.check().supplierProperty().set(supplier);
        credit.check().runCheck();
        assertThat(session.signInShownProperty().get()).as("nobody signed in yet").isTrue();
        assertThat(credit.check().resultProperty().get()).isNull();

        signInAsOfficer();

        CreditCheckResult result = credit.check().resultProperty().get();
        assertThat(result).isNotNull();
        assertThat(result.supplierUscc()).isEqualTo(supplier.uscc().value());
        assertThat(result.reasons()).isNotEmpty();
        List<StoredCreditCheck> history = credit.check().history().entries();
        assertThat(history).hasSize(before + 1);
        assertThat(history.get(0).officerLogin()).isEqualTo("demo.officer");
        assertThat(history.get(0).modelVersion()).isEqualTo(result.modelVersion());
        assertThat(credit.check().history().selectedProperty().get()).isEqualTo(history.get(0));
        WhatIfViewModel whatIf = credit.check().whatIf();
        assertThat(whatIf.availableProperty().get()).isTrue();
        assertThat(whatIf.tenorDaysProperty().get()).matches("\\d+");
        assertThat(whatIf.resultProperty().get().pricing().annualRate())
                .as("the what-if starts from the terms the check ran with")
                .isEqualByComparingTo(result.pricing().annualRate());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theWhatIfRepricesAsTheTermsChangeAndStoresNothing() {
        SupplierSummary supplier = suppliers.get(1);
        runCheckOf(supplier);
        WhatIfViewModel whatIf = credit.check().whatIf();
        int stored = context.creditChecks().history(supplier.uscc()).size();

        whatIf.tenorDaysProperty().set("30");
        BigDecimal shortRate = whatIf.resultProperty().get().pricing().annualRate();
        whatIf.tenorDaysProperty().set("720");
        BigDecimal longRate = whatIf.resultProperty().get().pricing().annualRate();
        assertThat(longRate).isGreaterThan(shortRate);

        whatIf.advanceRateProperty().set("50");
        assertThat(whatIf.resultProperty().get().pricing().advanceRate()).isEqualByComparingTo("0.5");

        whatIf.amountProperty().set("999999999.00");
        assertThat(whatIf.resultProperty().get().decision()).as("far above the recommended line")
                .isIn(Decision.REFER, Decision.DECLINE);

        whatIf.tenorDaysProperty().set("ninety");
        assertThat(whatIf.resultProperty().get()).isNull();
        assertThat(whatIf.problemProperty().get()).contains("Tenor").contains("3650");
        whatIf.tenorDaysProperty().set("90");
        assertThat(whatIf.problemProperty().get()).isNull();
        assertThat(whatIf.resultProperty().get()).isNotNull();

        assertThat(context.creditChecks().history(supplier.uscc())).as("the what-if stores nothing").hasSize(stored);
    }

    @Test
    void quickChangesAreCoalescedAndTheLatestTermsWin() {
        SupplierSummary supplier = suppliers.get(2);
        build(new SameThreadTaskExecutor().deferred());
        credit.check().supplierProperty().set(supplier);
        executor.runPending();
        credit.check().runCheck();
        signInAsOfficer();
        executor.runPending();
        WhatIfViewModel whatIf = credit.check().whatIf();
        int started = whatIf.computations();

        whatIf.tenorDaysProperty().set("40");
        whatIf.tenorDaysProperty().set("400");
        whatIf.tenorDaysProperty().set("720");
        assertThat(whatIf.computingProperty().get()).isTrue();
        executor.runPending();

        assertThat(whatIf.computations() - started).as("one for the first change, one for the latest").isEqualTo(2);
        assertThat(whatIf.computingProperty().get()).isFalse();
        assertThat(whatIf.resultProperty().get().pricing().capital().maturityYears())
                .isEqualByComparingTo(new BigDecimal(720).divide(new BigDecimal(365), 8, java.math.RoundingMode.HALF_UP));

        whatIf.tenorDaysProperty().set("60");
        whatIf.tenorDaysProperty().set("sixty");
        executor.runPending();
        assertThat(whatIf.computingProperty().get()).as("an answer to terms no longer typed stops the spinner")
                .isFalse();
        assertThat(whatIf.resultProperty().get()).isNull();
        assertThat(whatIf.problemProperty().get()).contains("Tenor");
    }

    @Test
    void anOverrideWithoutJustificationIsRefusedInTheOfficersLanguage() {
        runCheckOf(suppliers.get(3));
        CreditHistoryViewModel history = credit.check().history();
        StoredCreditCheck newest = history.selectedProperty().get();
        assertThat(history.canOverrideProperty().get()).isTrue();

        history.justificationProperty().set("   ");
        history.override();
        assertThat(dialogs.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("justification is required"));
        history.justificationProperty().set("too short");
        history.override();
        assertThat(dialogs.errors()).hasSize(2);
        assertThat(dialogs.errors().get(1).message()).contains("at least 10 characters");
        assertThat(context.creditChecks().history(suppliers.get(3).uscc()).get(0).override()).isNull();

        Messages chinese = new Messages(Messages.CHINESE);
        assertThat(chinese.get("credit.override.justificationShort", 10)).contains("至少写 10 个字");
        assertThat(newest.override()).isNull();
    }

    @Test
    void aJustifiedOverrideIsRecordedAndShownInTheHistory() {
        CreditCheckResult result = runCheckOf(suppliers.get(4));
        CreditHistoryViewModel history = credit.check().history();
        Decision against = result.decision() == Decision.APPROVE ? Decision.DECLINE : Decision.APPROVE;
        assertThat(history.overrideDecisionProperty().get()).as("proposed against the model").isEqualTo(against);

        history.justificationProperty().set(JUSTIFICATION);
        history.override();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.shown()).anySatisfy(shown -> assertThat(shown.message()).contains("demo.officer"));
        StoredCreditCheck shown = history.selectedProperty().get();
        assertThat(shown.override()).isNotNull();
        assertThat(shown.override().decision()).isEqualTo(against.name());
        assertThat(shown.override().justification()).isEqualTo(JUSTIFICATION);
        assertThat(shown.override().officerLogin()).isEqualTo("demo.officer");
        assertThat(history.canOverrideProperty().get()).as("once per check").isFalse();
        assertThat(history.justificationProperty().get()).isEmpty();
        assertThat(credit.check().overrideProperty().get()).as("the check tab shows it too")
                .isEqualTo(shown.override());

        credit.check().supplierProperty().set(suppliers.get(5));
        assertThat(credit.check().overrideProperty().get()).isNull();
    }

    @Test
    void theBatchChecksEverySupplierAndItsResultOpensInTheCheckTab() {
        CreditBatchViewModel batch = credit.batch();
        batch.runBatch();
        signInAsOfficer();

        assertThat(batch.rows()).hasSize(suppliers.size());
        assertThat(batch.runningProperty().get()).isFalse();
        assertThat(batch.progressProperty().get()).isEqualTo(1.0);
        assertThat(batch.statusProperty().get()).contains(Integer.toString(suppliers.size()));
        ScoreDistribution distribution = batch.distribution().distributionProperty().get();
        assertThat(distribution.total()).isEqualTo(suppliers.size());
        assertThat(distribution.grades()).startsWith("AAA", "AA", "A");
        assertThat(distribution.grades().stream().mapToInt(distribution::count).sum()).isEqualTo(suppliers.size());
        messages.setLocale(Messages.CHINESE);
        assertThat(batch.statusProperty().get()).as("said again in the new language").startsWith("已审查并保存");
        assertThat(batch.distribution().sourceProperty().get()).contains("批量审查");
        assertThat(batch.rows().get(0).supplierName(false)).isEqualTo(batch.rows().get(0).supplier().nameZh());
        messages.setLocale(Messages.ENGLISH);

        credit.tabProperty().set(CreditViewModel.Tab.PORTFOLIO);
        BatchRow row = batch.rows().get(5);
        batch.open(row);
        assertThat(credit.tabProperty().get()).isEqualTo(CreditViewModel.Tab.CHECK);
        assertThat(credit.check().supplierProperty().get().id()).isEqualTo(row.check().supplierId());
        assertThat(credit.check().resultProperty().get()).isEqualTo(row.result());
        assertThat(credit.check().whatIf().availableProperty().get()).isTrue();
        assertThat(credit.check().history().selectedProperty().get().id()).isEqualTo(row.check().checkId());
    }

    @Test
    void aCancelledBatchSaysSoAndShowsTheStoredPicture() {
        build(new SameThreadTaskExecutor().deferred());
        CreditBatchViewModel batch = credit.batch();
        batch.runBatch();
        signInAsOfficer();
        executor.runPendingOnce();
        assertThat(batch.runningProperty().get()).isTrue();

        batch.cancel();
        executor.runPending();

        assertThat(batch.runningProperty().get()).isFalse();
        assertThat(batch.rows()).isEmpty();
        assertThat(batch.statusProperty().get()).contains("cancelled");
        assertThat(batch.distribution().distributionProperty().get()).as("the newest stored checks instead").isNotNull();
        assertThat(batch.distribution().sourceProperty().get()).contains("stored");
    }

    @Test
    void theStoredDistributionCountsTheOverrideOverTheModel() {
        CreditCheckResult result = runCheckOf(suppliers.get(6));
        Decision against = result.decision() == Decision.APPROVE ? Decision.DECLINE : Decision.APPROVE;
        credit.check().history().justificationProperty().set(JUSTIFICATION);
        credit.check().history().override();

        credit.tabProperty().set(CreditViewModel.Tab.PORTFOLIO);
        credit.batch().show();

        ScoreDistribution distribution = credit.batch().distribution().distributionProperty().get();
        int suppliersChecked = (int) context.creditChecks().latestChecks().size();
        assertThat(distribution.total()).isEqualTo(suppliersChecked);
        assertThat(distribution.count(result.grade(), against)).isPositive();
    }

    @Test
    void aDistributionKeepsTheModelsGradeOrderAndAppendsUnknownGrades() {
        ScoreDistribution distribution = ScoreDistribution.of(List.of("A", "B", "C"), List.of(
                new ScoreDistribution.Entry("C", Decision.DECLINE), new ScoreDistribution.Entry("A", Decision.APPROVE),
                new ScoreDistribution.Entry("C", Decision.DECLINE), new ScoreDistribution.Entry("X", Decision.REFER)));
        assertThat(distribution.grades()).containsExactly("A", "B", "C", "X");
        assertThat(distribution.count("C", Decision.DECLINE)).isEqualTo(2);
        assertThat(distribution.count("B")).isZero();
        assertThat(distribution.count("X", Decision.REFER)).isEqualTo(1);
        assertThat(distribution.total()).isEqualTo(4);
    }

    @Test
    void namesAndFiguresAreInTheOfficersLanguage() {
        CreditLabels english = new CreditLabels(messages);
        CreditLabels chinese = new CreditLabels(new Messages(Messages.CHINESE));
        assertThat(english.decision(Decision.REFER)).isEqualTo("Refer");
        assertThat(chinese.decision(Decision.REFER)).isEqualTo("转人工");
        assertThat(chinese.grade("BBB")).startsWith("BBB").contains("风险");
        assertThat(chinese.grade("Z")).isEqualTo("Z");
        assertThat(chinese.knockOut(io.factordesk.scoring.KnockOutRule.WATCHLIST_HIT)).isEqualTo("命中关注名单");
        assertThat(english.fraudSignal(io.factordesk.scoring.FraudSignalType.ROUND_TRIPPING)).isEqualTo("Round-tripping");
        assertThat(chinese.characteristic("DILUTION_RATE")).isEqualTo("稀释率");
        assertThat(english.inLanguage("en", "中文")).isEqualTo("en");
        assertThat(chinese.inLanguage("en", "中文")).isEqualTo("中文");
        assertThat(english.percent(new BigDecimal("0.05123456"), 2)).isEqualTo("5.12%");
        assertThat(english.money(new BigDecimal("1234567.8"))).isEqualTo("CNY 1,234,567.80");
    }
}
