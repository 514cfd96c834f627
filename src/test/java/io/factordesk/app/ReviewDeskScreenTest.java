package io.factordesk.app;

import static io.factordesk.testing.DesktopLauncher.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.review.EligibilityFilter;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.TrailEntry;
import io.factordesk.domain.review.VerificationDocument;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.testing.DesktopLauncher;
import io.factordesk.ui.deals.CandidateReceivable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The review desk driven like an officer: a bad amount is named, a search finds an invoice, the officer
 * opens it, verifies it against the debtor's confirmation (signing in first) and sees the entry in the
 * trail; then two receivables of one supplier become a new deal in the builder.
 */
class ReviewDeskScreenTest {

    private static final DemoSpec SMALL = new DemoSpec(12, 1_500, 7L);

    @TempDir
    static Path data;

    private static Application application;
    private static ReviewRow target;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launchOnAScannedDemoCache() throws Exception {
        try (AppContext context = new AppContext(data, Clock.systemDefaultZone())) {
            context.demoPortfolio().rebuild(SMALL, ProgressListener.NONE);
            context.eligibilityScan().scanAll(LocalDate.now(context.clock()), ProgressListener.NONE);
            target = context.reviewDesk().page(ReviewPageRequest.first(
                            ReviewFilter.none().withStatus(ReceivableStatus.OPEN), 200)).rows().stream()
                    .filter(row -> !row.receivable().disputed()).findFirst().orElseThrow();
        }
        application = DesktopLauncher.launch(data, "zh-CN");
    }

    @AfterAll
    static void closeApplication() throws Exception {
        DesktopLauncher.close(application);
        assertThat(Files.readString(data.resolve("ui.properties")))
                .as("the column chooser's choice is remembered for the next start")
                .contains("hiddenColumns.desk=invoiceCodeColumn,debtorColumn,contractColumn");
    }

    @Test
    void anOfficerFiltersOpensVerifiesAndSeesTheAuditEntryThenStartsADeal() throws Exception {
        robot.clickOn("#navReceivables");
        TableView<ReviewRow> table = robot.lookup("#receivableTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 200);
        waitUntil(() -> label("#countValue").getText().equals("1,500"));

        robot.clickOn("#amountFromField").write("abc").type(KeyCode.ENTER);
        waitUntil(() -> label("#filterProblemLabel").isVisible());
        assertThat(label("#filterProblemLabel").getText()).contains("起始金额").contains("abc");
        robot.doubleClickOn("#amountFromField").eraseText(3).type(KeyCode.ENTER);
        waitUntil(() -> !label("#filterProblemLabel").isVisible());
        robot.clickOn(robot.lookup("#dueFromPicker .text-field").queryAs(javafx.scene.Node.class))
                .write("2026-02-30").type(KeyCode.ENTER);
        waitUntil(() -> label("#filterProblemLabel").isVisible());
        assertThat(label("#filterProblemLabel").getText()).contains("到期日").contains("2026-02-30");
        robot.clickOn("#amountFromField").type(KeyCode.ENTER);
        waitUntil(() -> !label("#filterProblemLabel").isVisible());

        String invoiceNo = target.receivable().invoiceNo();
        robot.clickOn("#searchField").write(invoiceNo).type(KeyCode.ENTER);
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().size() < 10
                && table.getItems().stream().allMatch(row -> row.receivable().invoiceNo().equals(invoiceNo)));
        robot.clickOn(rowOf(target.receivable().id()));
        waitUntil(() -> label("#detailTitle").getText().equals("发票 " + invoiceNo));
        assertThat(label("#statusValue").getText()).startsWith("待审");

        ComboBox<VerificationDocument> documents = robot.lookup("#documentChoice").queryComboBox();
        robot.interact(() -> documents.getSelectionModel().select(VerificationDocument.DEBTOR_CONFIRMATION));
        robot.clickOn("#verifyButton");
        waitUntil(() -> robot.lookup("#signInOverlay").query().isVisible());
        robot.clickOn("#loginField").write("demo.officer");
        robot.clickOn("#passwordField").write("demo");
        robot.clickOn("#signInButton");

        ListView<TrailEntry> trail = robot.lookup("#trailList").queryListView();
        waitUntil(() -> !trail.getItems().isEmpty());
        TrailEntry entry = trail.getItems().get(trail.getItems().size() - 1);
        assertThat(entry.officerLogin()).isEqualTo("demo.officer");
        assertThat(entry.action()).isEqualTo("RECEIVABLE_VERIFIED");
        assertThat(entry.detail()).contains("DEBTOR_CONFIRMATION");
        assertThat(robot.lookup("#trailList .list-cell").queryAllAs(ListCell.class)).as("the document by name")
                .anySatisfy(cell -> assertThat(cell.getText()).contains("demo.officer · 已核实").endsWith("买方确认函"));
        waitUntil(() -> label("#statusValue").getText().startsWith("已核实"));
        assertThat(label("#officerLabel").getText()).contains("demo.officer");

        robot.interact(() -> table.getColumns().stream().filter(c -> "debtorColumn".equals(c.getId())).findFirst()
                .orElseThrow().setVisible(false));
        startADealFromTwoEligibleReceivablesOfOneSupplier(table);
    }

    private void startADealFromTwoEligibleReceivablesOfOneSupplier(TableView<ReviewRow> table) throws Exception {
        robot.clickOn("#clearButton");
        SearchableComboBox<SupplierSummary> suppliers = robot.lookup("#supplierFilter").query();
        ComboBox<EligibilityFilter> eligibility = robot.lookup("#eligibilityFilter").queryComboBox();
        robot.interact(() -> {
            eligibility.getSelectionModel().select(EligibilityFilter.ELIGIBLE);
            suppliers.getSelectionModel().select(suppliers.getItems().stream()
                    .filter(s -> s != null && s.id() == target.receivable().supplierId()).findFirst().orElseThrow());
        });
        waitUntil(() -> table.getItems().size() >= 3 && table.getItems().stream().allMatch(row ->
                row.receivable().supplierId() == target.receivable().supplierId() && row.mark().eligible()));
        List<Long> chosen = List.of(table.getItems().get(0).receivable().id(), table.getItems().get(2).receivable().id());
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 2);
        });
        robot.clickOn("#newDealButton");

        TableView<CandidateReceivable> candidates = robot.lookup("#candidateTable").queryTableView();
        waitUntil(() -> candidates.getItems().size() >= 3
                && candidates.getItems().stream().filter(CandidateReceivable::isSelected).count() == 2);
        assertThat(candidates.getItems().stream().filter(CandidateReceivable::isSelected)
                .map(c -> c.receivable().receivableId())).containsExactlyInAnyOrderElementsOf(chosen);
    }

    @SuppressWarnings("unchecked")
    private Node rowOf(long id) {
        return robot.lookup("#receivableTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() != null && ((TableRow<ReviewRow>) row).getItem().receivable().id() == id)
                .findFirst().orElseThrow(() -> new AssertionError("receivable " + id + " is not shown"));
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
