package io.factordesk.ui.deals;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.app.AppContext;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.deal.DealStatus;
import io.factordesk.domain.deal.DealTotals;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.RecordingDialogService;
import io.factordesk.ui.common.SameThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deals screen's view models over a real demo cache, without the FX toolkit. */
class DealsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private AppContext context;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = new Messages(Messages.ENGLISH);
    private final List<Path> opened = new ArrayList<>();
    private DealsViewModel deals;

    @BeforeEach
    void demoCache() {
        context = new AppContext(folder, CLOCK);
        context.demoPortfolio().rebuild(new DemoSpec(12, 1_500, 7), ProgressListener.NONE);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        SessionViewModel session = new SessionViewModel(context.signIn(), executor, dialogs, messages);
        deals = new DealsViewModel(session,
                new DealBuilderViewModel(context.deals(), session, executor, dialogs, messages,
                        FXCollections.observableArrayList(context.portfolio().suppliers()), CLOCK),
                new DealListViewModel(context.deals(), context.contracts(), session, executor, dialogs, messages),
                new ContractPreviewViewModel(new PdfPageRenderer(), opened::add, executor, dialogs, messages));
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** A supplier with at least three receivables eligible today. */
    private void chooseSupplierWithEligibleReceivables() {
        DealBuilderViewModel builder = deals.builder();
        for (SupplierSummary supplier : builder.suppliers()) {
            builder.supplierProperty().set(supplier);
            if (builder.candidates().size() >= 3) {
                return;
            }
        }
        throw new AssertionError("no supplier with three eligible receivables in the demo");
    }

    @Test
    void theReviewDesksSelectionOpensTheBuilderWithExactlyThoseTicked() {
        chooseSupplierWithEligibleReceivables();
        DealBuilderViewModel builder = deals.builder();
        SupplierSummary supplier = builder.supplierProperty().get();
        List<Long> offered = builder.candidates().stream().map(c -> c.receivable().receivableId()).toList();
        builder.supplierProperty().set(null);
        deals.tabProperty().set(DealsViewModel.Tab.LIST);

        deals.buildFrom(supplier.id(), List.of(offered.get(0), offered.get(2)));

        assertThat(deals.tabProperty().get()).isEqualTo(DealsViewModel.Tab.BUILDER);
        assertThat(builder.supplierProperty().get()).isEqualTo(supplier);
        assertThat(builder.candidates()).hasSize(offered.size());
        assertThat(builder.candidates().stream().filter(CandidateReceivable::isSelected)
                .map(c -> c.receivable().receivableId())).containsExactly(offered.get(0), offered.get(2));
        assertThat(builder.selectedCountProperty().get()).isEqualTo(2);
        assertThat(dialogs.shown()).isEmpty();

        deals.buildFrom(supplier.id(), List.of(offered.get(1), -1L));
        assertThat(builder.candidates().stream().filter(CandidateReceivable::isSelected)
                .map(c -> c.receivable().receivableId())).containsExactly(offered.get(1));
        assertThat(dialogs.shown()).singleElement().satisfies(shown -> assertThat(shown.message())
                .startsWith("1 of the 2 receivables chosen on the review desk are not offered here"));
    }

    @Test
    void totalsFollowTheTickedReceivables() {
        DealBuilderViewModel builder = deals.builder();
        chooseSupplierWithEligibleReceivables();
        int all = builder.candidates().size();
        assertThat(builder.selectedCountProperty().get()).isEqualTo(all);
        DealTotals before = builder.totalsProperty().get();
        assertThat(before).isNotNull();
        assertThat(before.advance()).isPositive();

        CandidateReceivable dropped = builder.candidates().get(0);
        dropped.setSelected(false);

        DealTotals after = builder.totalsProperty().get();
        assertThat(builder.selectedCountProperty().get()).isEqualTo(all - 1);
        assertThat(after.faceAmount()).isEqualByComparingTo(
                before.faceAmount().subtract(dropped.receivable().faceAmount()));
        assertThat(after.advance()).isLessThan(before.advance());
        assertThat(after.netProceeds().add(after.discountInterest()).add(after.fees()))
                .isEqualByComparingTo(after.advance());
    }

    @Test
    void anAdvanceRateOutsidePolicyShowsTheReasonInsteadOfTotals() {
        DealBuilderViewModel builder = deals.builder();
        chooseSupplierWithEligibleReceivables();
        assertThat(builder.advanceRateProperty().get()).isEqualTo("80");

        builder.advanceRateProperty().set("95");
        assertThat(builder.totalsProperty().get()).isNull();
        assertThat(builder.problemProperty().get()).contains("advance rate").contains("90%");

        builder.advanceRateProperty().set("eighty");
        assertThat(builder.problemProperty().get()).contains("Advance rate (%)").contains("enter a number");

        builder.advanceRateProperty().set("75");
        assertThat(builder.problemProperty().get()).isNull();
        assertThat(builder.totalsProperty().get()).isNotNull();
    }

    @Test
    void aWrongPasswordIsRefusedInTheUsersLanguage() {
        SessionViewModel session = deals.session();
        session.asOfficer(officer -> { });
        assertThat(session.signInShownProperty().get()).isTrue();
        session.loginProperty().set("demo.officer");
        char[] password = "wrong".toCharArray();
        session.signIn(password);
        assertThat(session.officer()).isNull();
        assertThat(dialogs.errors()).singleElement().satisfies(e ->
                assertThat(e.message()).contains("login or password is wrong"));
        assertThat(password).containsOnly('\0');
    }

    @Test
    void makerCreatesAndSubmitsCheckerApprovesThenTheContractIsPreviewed() throws Exception {
        chooseSupplierWithEligibleReceivables();
        DealBuilderViewModel builder = deals.builder();
        int offered = builder.candidates().size();
        builder.candidates().get(0).setSelected(false);
        DealTotals priced = builder.totalsProperty().get();

        builder.createDeal();
        assertThat(deals.session().signInShownProperty().get()).as("the first action asks who is working").isTrue();
        signIn("demo.officer");
        assertThat(dialogs.errors()).isEmpty();
        assertThat(deals.tabProperty().get()).isEqualTo(DealsViewModel.Tab.LIST);
        DealListViewModel list = deals.list();
        assertThat(list.dealProperty().get().status()).isEqualTo(DealStatus.DRAFT);
        assertThat(list.dealProperty().get().priced().totals()).isEqualTo(priced);
        assertThat(list.listings()).hasSize(1);
        assertThat(list.selectedProperty().get().id()).isEqualTo(list.dealProperty().get().id());
        assertThat(builder.candidates()).as("financed receivables leave the builder").hasSize(1);
        assertThat(offered).isGreaterThan(1);

        list.submit();
        assertThat(list.dealProperty().get().status()).isEqualTo(DealStatus.SUBMITTED);
        list.approve();
        assertThat(dialogs.errors()).singleElement().satisfies(e ->
                assertThat(e.message()).contains("may not approve"));
        assertThat(list.dealProperty().get().status()).isEqualTo(DealStatus.SUBMITTED);

        deals.session().switchOfficer();
        signIn("demo.approver");
        assertThat(deals.session().officer().login()).isEqualTo("demo.approver");
        list.approve();
        assertThat(list.dealProperty().get().status()).isEqualTo(DealStatus.APPROVED);
        assertThat(list.canGenerateProperty().get()).isTrue();

        list.generate(false);
        assertThat(dialogs.errors()).hasSize(1);
        assertThat(deals.tabProperty().get()).isEqualTo(DealsViewModel.Tab.PREVIEW);
        ContractPreviewViewModel preview = deals.preview();
        int pages = preview.pageCountProperty().get();
        assertThat(pages).isGreaterThan(1);
        assertThat(preview.pageLabelProperty().get()).isEqualTo("1 / " + pages);
        assertThat(preview.pageProperty().get().image().getWidth()).as("A4 at 100 dpi").isBetween(780, 900);
        preview.zoomIn();
        preview.zoomIn();
        assertThat(preview.pageProperty().get().scale()).isEqualTo(2.0);
        assertThat(preview.pageProperty().get().image().getWidth()).isBetween(1560, 1800);
        preview.zoomOut();
        preview.zoomOut();
        assertThat(preview.pageProperty().get().scale()).isEqualTo(1.0);
        preview.nextPage();
        assertThat(preview.pageLabelProperty().get()).isEqualTo("2 / " + pages);
        assertThat(list.dealProperty().get().status()).isEqualTo(DealStatus.CONTRACTED);

        Path saved = folder.resolve("saved.pdf");
        preview.saveAs(saved);
        assertThat(Files.readAllBytes(saved)).isEqualTo(preview.contractProperty().get().pdf());
        preview.openWithSystemViewer();
        assertThat(opened).containsExactly(preview.contractProperty().get().archivedFile());
    }

    @Test
    void theCheckerReturnsADealWithAReasonAndTheMakerSubmitsItAgain() {
        chooseSupplierWithEligibleReceivables();
        signIn("demo.officer");
        deals.builder().createDeal();
        DealListViewModel list = deals.list();
        list.submit();
        deals.session().switchOfficer();
        signIn("demo.approver");

        list.returnToMaker();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The deal cannot be returned");
            assertThat(e.message()).contains("needs a reason");
        });
        list.registryNoProperty().set("x");
        list.registryDateProperty().set(java.time.LocalDate.of(2026, 5, 30));
        list.register();
        assertThat(dialogs.errors()).hasSize(2).last().satisfies(e -> assertThat(e.message()).contains("6-40"));
        list.registryNoProperty().set("0412-2026-000778");
        list.register();
        assertThat(list.dealProperty().get().missingRegistration()).isFalse();
        assertThat(list.dealProperty().get().registryNo()).isEqualTo("0412-2026-000778");
        list.returnReasonProperty().set("Registry filing missing");
        list.returnToMaker();
        assertThat(list.dealProperty().get().status()).isEqualTo(DealStatus.RETURNED);
        assertThat(list.canSubmitProperty().get()).isTrue();
        assertThat(list.returnReasonProperty().get()).isEmpty();

        deals.session().switchOfficer();
        signIn("demo.officer");
        list.submit();
        assertThat(list.dealProperty().get().status()).isEqualTo(DealStatus.SUBMITTED);
        assertThat(list.listings()).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo(DealStatus.SUBMITTED));
    }

    @Test
    void approvedDealsAreContractedInABatchWithProgress() {
        chooseSupplierWithEligibleReceivables();
        signIn("demo.officer");
        deals.builder().candidates().get(0).setSelected(false);
        deals.builder().createDeal();
        DealListViewModel list = deals.list();
        list.generateAllApproved();
        assertThat(dialogs.shown()).singleElement().satisfies(n ->
                assertThat(n.message()).contains("No deal in the list is approved"));
        list.submit();
        deals.session().switchOfficer();
        signIn("demo.approver");
        list.approve();
        List<Double> progress = new ArrayList<>();
        list.batchProgressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));

        list.generateAllApproved();

        assertThat(progress).contains(1.0);
        assertThat(list.batchRunningProperty().get()).isFalse();
        assertThat(dialogs.shown()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("notify");
            assertThat(n.message()).contains(": 1");
        });
        assertThat(list.listings()).singleElement().satisfies(l -> assertThat(l.status())
                .isEqualTo(DealStatus.CONTRACTED));
        assertThat(dialogs.errors()).isEmpty();
    }

    private void signIn(String login) {
        deals.session().loginProperty().set(login);
        deals.session().signIn("demo".toCharArray());
    }
}
