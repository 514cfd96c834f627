package io.factordesk.ui.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.app.AppContext;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.domain.review.VerificationDocument;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.service.ReceivablesExportService.Format;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.RecordingDialogService;
import io.factordesk.ui.common.SameThreadTaskExecutor;
import io.factordesk.ui.deals.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review desk's view models over a real, scanned demo cache, without the FX toolkit. */
class ReviewDeskViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final DemoSpec DEMO = new DemoSpec(12, 1_500, 7);

    @TempDir
    Path folder;
    private AppContext context;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = new Messages(Messages.ENGLISH);
    private final List<List<Long>> handedOff = new ArrayList<>();
    private final List<Long> handedOffSuppliers = new ArrayList<>();
    private SessionViewModel session;
    private ReviewDeskViewModel desk;

    @BeforeEach
    void scannedDemoCache() {
        context = new AppContext(folder, CLOCK);
        context.demoPortfolio().rebuild(DEMO, ProgressListener.NONE);
        context.eligibilityScan().scanAll(TODAY, ProgressListener.NONE);
        session = new SessionViewModel(context.signIn(), executor, dialogs, messages);
        desk = new ReviewDeskServices(context.reviewDesk(), context.receivableReview(), context.eligibilityScan(),
                context.aging(), context.receivablesExport())
                .viewModel(session, FXCollections.observableArrayList(context.portfolio().suppliers()), executor,
                        dialogs, messages, CLOCK, (supplier, ids) -> {
                            handedOffSuppliers.add(supplier);
                            handedOff.add(ids);
                        });
        desk.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void showsOnePageAndTheTotalsOfTheWholeSet() {
        assertThat(desk.table().rows()).hasSize(ReviewTableViewModel.PAGE_SIZE);
        assertThat(desk.totals().totalsProperty().get().count()).isEqualTo(DEMO.receivables());
        assertThat(desk.table().pageCountProperty().get()).isEqualTo(8);
        assertThat(desk.totals().totalsProperty().get().eligibleCount()).isPositive()
                .isLessThan(DEMO.receivables());
        assertThat(desk.filters().debtors()).isNotEmpty();

        desk.table().pageIndexProperty().set(7);
        assertThat(desk.table().rows()).hasSize(100);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void aFilterNarrowsPageAndTotalsAndSortingReQueries() {
        SupplierSummary supplier = desk.filters().suppliers().get(0);
        desk.filters().supplierProperty().set(supplier);
        desk.filters().eligibilityProperty().set(EligibilityFilter.INELIGIBLE);

        long count = desk.totals().totalsProperty().get().count();
        assertThat(count).isPositive().isLessThan(DEMO.receivables());
        assertThat(desk.totals().totalsProperty().get().eligibleCount()).isZero();
        assertThat(desk.table().rows()).hasSize((int) Math.min(count, ReviewTableViewModel.PAGE_SIZE))
                .allSatisfy(row -> {
                    assertThat(row.receivable().supplierId()).isEqualTo(supplier.id());
                    assertThat(row.mark().eligible()).isFalse();
                });

        desk.table().sortBy(ReviewSort.FACE_AMOUNT, true);
        List<ReviewRow> rows = desk.table().rows();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).receivable().faceAmount()).isGreaterThanOrEqualTo(rows.get(i).receivable()
                    .faceAmount());
        }
    }

    @Test
    void invalidInputIsNamedInlineAndTheLastFilterStays() {
        ReviewFilterViewModel filters = desk.filters();
        filters.amountFromProperty().set("abc");
        assertThat(filters.apply()).isFalse();
        assertThat(filters.problemProperty().get()).contains("Amount from").contains("abc");

        filters.amountFromProperty().set("-5");
        filters.apply();
        assertThat(filters.problemProperty().get()).isEqualTo("Amount from must not be negative.");

        filters.amountFromProperty().set("200,000");
        filters.amountToProperty().set("100000");
        filters.apply();
        assertThat(filters.problemProperty().get()).contains("200,000.00").contains("100,000.00");

        filters.amountToProperty().set("");
        filters.issuedFromProperty().set(TODAY);
        filters.issuedToProperty().set(TODAY.minusDays(1));
        assertThat(filters.problemProperty().get()).startsWith("Issued:").contains("2026-06-01");

        filters.issuedToProperty().set(null);
        filters.unreadableDueDate(" 2026-02-30 ");
        assertThat(filters.problemProperty().get()).isEqualTo(
                "Due: \"2026-02-30\" is not a date; type it as 2026-03-01 or 2026/3/1.");

        filters.eligibilityProperty().set(EligibilityFilter.ELIGIBLE);
        filters.failedRuleProperty().set(io.factordesk.domain.eligibility.EligibilityRule.PAST_DUE);
        assertThat(filters.problemProperty().get()).startsWith("An eligible receivable fails no rule");
        assertThat(desk.totals().totalsProperty().get().count()).as("the last valid filter stays").isPositive();

        filters.eligibilityProperty().set(EligibilityFilter.INELIGIBLE);
        assertThat(filters.problemProperty().get()).isNull();
        assertThat(desk.table().rows()).allSatisfy(row ->
                assertThat(row.mark().failedRules()).contains(io.factordesk.domain.eligibility.EligibilityRule.PAST_DUE));
        assertThat(dialogs.shown()).as("no dialog, no exception").isEmpty();
    }

    @Test
    void verifyingAsksWhoIsWorkingThenWritesTheTrailAndRefreshes() {
        ReviewRow open = firstWithStatus(ReceivableStatus.OPEN);
        desk.detail().show(open.receivable().id());
        desk.actions().selection().setAll(open);
        desk.actions().documentProperty().set(VerificationDocument.DEBTOR_CONFIRMATION);

        desk.actions().verify();
        assertThat(session.signInShownProperty().get()).as("nobody signed in yet").isTrue();
        signIn("demo.officer");

        assertThat(dialogs.errors()).isEmpty();
        assertThat(desk.detail().dossierProperty().get().receivable().status()).isEqualTo(ReceivableStatus.VERIFIED);
        assertThat(desk.detail().dossierProperty().get().trail()).last().satisfies(entry -> {
            assertThat(entry.officerLogin()).isEqualTo("demo.officer");
            assertThat(entry.action()).isEqualTo("RECEIVABLE_VERIFIED");
            assertThat(new ReviewLabels(messages).trailDetail(entry)).isEqualTo("Debtor confirmation");
        });
        assertThat(desk.table().rows()).filteredOn(row -> row.receivable().id() == open.receivable().id())
                .singleElement().satisfies(row -> assertThat(row.receivable().status())
                        .isEqualTo(ReceivableStatus.VERIFIED));
    }

    @Test
    void aBulkActionIsConfirmedAndARefusalIsShownInTheOfficersLanguage() {
        List<ReviewRow> two = desk.table().rows().stream()
                .filter(row -> row.receivable().status() == ReceivableStatus.OPEN).limit(2).toList();
        desk.actions().selection().setAll(two);
        signIn("demo.officer");

        dialogs.answeringConfirm(false);
        desk.actions().reasonProperty().set("debtor asked for a call-back");
        desk.actions().hold();
        assertThat(dialogs.shown()).singleElement().satisfies(shown ->
                assertThat(shown.message()).isEqualTo("Hold: apply to the 2 selected receivables?"));
        assertThat(context.receivableReview().history(two.get(0).receivable().id())).isEmpty();

        dialogs.answeringConfirm(true);
        desk.actions().reasonProperty().set(" ");
        desk.actions().reject();
        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Action refused");
            assertThat(error.message()).startsWith("Enter a reason");
            assertThat(error.cause()).isNull();
        });

        desk.actions().reasonProperty().set("invoice cancelled by the supplier");
        desk.actions().reject();
        assertThat(dialogs.errors()).hasSize(1);
        for (ReviewRow row : two) {
            assertThat(context.receivableReview().history(row.receivable().id())).singleElement()
                    .satisfies(entry -> assertThat(entry.detail()).contains("invoice cancelled"));
        }
        assertThat(desk.actions().reasonProperty().get()).as("cleared after the action").isEmpty();

        desk.actions().reasonProperty().set("once more");
        desk.actions().reject();
        assertThat(dialogs.errors()).last().satisfies(error ->
                assertThat(error.message()).isEqualTo("Invoice " + two.get(0).receivable().invoiceNo()
                        + ": this action is not allowed in the receivable's current status."));
    }

    @Test
    void aNewDealNeedsReceivablesOfOneSupplier() {
        List<ReviewRow> rows = desk.table().rows();
        ReviewRow first = rows.get(0);
        ReviewRow otherSupplier = rows.stream()
                .filter(row -> row.receivable().supplierId() != first.receivable().supplierId()).findFirst().orElseThrow();
        desk.actions().selection().setAll(first, otherSupplier);

        desk.newDealFromSelection();
        assertThat(handedOff).isEmpty();
        assertThat(dialogs.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).startsWith("The selection holds receivables of 2 suppliers"));

        List<ReviewRow> sameSupplier = rows.stream()
                .filter(row -> row.receivable().supplierId() == first.receivable().supplierId()).limit(3).toList();
        desk.actions().selection().setAll(sameSupplier);
        desk.newDealFromSelection();
        assertThat(handedOffSuppliers).containsExactly(first.receivable().supplierId());
        assertThat(handedOff).containsExactly(sameSupplier.stream().map(row -> row.receivable().id()).toList());
    }

    @Test
    void theDetailNamesEachFailedRuleWithItsNumbers() {
        desk.filters().eligibilityProperty().set(EligibilityFilter.INELIGIBLE);
        ReviewRow ineligible = desk.table().rows().get(0);
        desk.detail().show(ineligible.receivable().id());

        var dossier = desk.detail().dossierProperty().get();
        assertThat(dossier.reasons()).isNotEmpty();
        assertThat(dossier.reasons().stream().map(reason -> reason.rule()).toList())
                .containsAll(ineligible.mark().failedRules());
        assertThat(new ReviewLabels(messages).verdict(ineligible.mark()))
                .doesNotContain("_").isNotEqualTo("Eligible");
    }

    @Test
    void chartsExportAndRescanRunInTheBackgroundAndReport() throws Exception {
        desk.charts().show();
        assertThat(desk.charts().buckets()).hasSize(5);
        assertThat(desk.charts().slices()).isNotEmpty().hasSizeLessThanOrEqualTo(ReviewChartsViewModel.LARGEST_DEBTORS + 1);

        Path target = folder.resolve("desk.csv");
        desk.export().setChooser((format, name) -> {
            assertThat(name).isEqualTo("receivables-2026-06-01.csv");
            return Optional.of(target);
        });
        desk.export().export(Format.CSV);
        assertThat(Files.readAllLines(target)).hasSize(DEMO.receivables() + 1);
        assertThat(dialogs.shown()).last().satisfies(shown ->
                assertThat(shown.message()).startsWith("Exported 1,500 receivables"));
        assertThat(desk.job().runningProperty().get()).isFalse();

        desk.rescan().rescan();
        assertThat(dialogs.shown()).last().satisfies(shown ->
                assertThat(shown.message()).startsWith("Scanned 1,500 receivables as of 2026-06-01"));
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aCancelledRescanKeepsThePreviousScan() {
        SameThreadTaskExecutor later = new SameThreadTaskExecutor().deferred();
        JobProgress job = new JobProgress(messages);
        EligibilityRescanViewModel rescan = new EligibilityRescanViewModel(context.eligibilityScan(), later, dialogs,
                messages, CLOCK, job);
        rescan.rescan();
        assertThat(job.runningProperty().get()).isTrue();
        job.cancel();
        later.runPending();

        assertThat(job.runningProperty().get()).isFalse();
        assertThat(dialogs.shown()).last().satisfies(shown ->
                assertThat(shown.message()).isEqualTo("The scan was cancelled; the previous scan results are kept."));
    }

    private ReviewRow firstWithStatus(ReceivableStatus status) {
        return desk.table().rows().stream().filter(row -> row.receivable().status() == status
                && !row.receivable().disputed()).findFirst().orElseThrow();
    }

    private void signIn(String login) {
        if (!session.signInShownProperty().get()) {
            session.switchOfficer();
        }
        session.loginProperty().set(login);
        session.signIn("demo".toCharArray());
    }
}
