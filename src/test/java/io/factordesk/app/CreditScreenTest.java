package io.factordesk.app;

import static io.factordesk.testing.DesktopLauncher.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.credit.StoredCreditCheck;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.testing.DesktopLauncher;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import io.factordesk.ui.credit.BatchRow;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;

/**
 * The Credit screen driven like an officer at a supplier's site: run a check, read the reasons, try a
 * longer tenor and see the rate move, then decide against the model with a justification and find the
 * override in the history; then check the whole portfolio and open one result from the batch.
 */
class CreditScreenTest {

    private static final DemoSpec SMALL = new DemoSpec(12, 1_500, 7L);

    @TempDir
    static Path data;

    private static Application application;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launchOnASmallDemoCache() throws Exception {
        try (AppContext context = new AppContext(data, Clock.systemDefaultZone())) {
            context.demoPortfolio().rebuild(SMALL, ProgressListener.NONE);
        }
        application = DesktopLauncher.launch(data, "zh-CN");
    }

    @AfterAll
    static void closeApplication() throws Exception {
        DesktopLauncher.close(application);
    }

    @Test
    void aCheckIsRunItsPriceTriedAtAnotherTenorAndTheModelOverriddenWithAJustification() throws Exception {
        robot.clickOn("#navCredit");
        ComboBox<SupplierSummary> suppliers = robot.lookup("#creditSupplierCombo").queryComboBox();
        waitUntil(() -> suppliers.getItems().size() == SMALL.suppliers());
        robot.interact(() -> suppliers.getSelectionModel().select(3));

        robot.clickOn("#runCheckButton");
        waitUntil(() -> onCreditScreen("#signInOverlay").query().isVisible());
        robot.clickOn(onCreditScreen("#loginField").queryAs(Node.class)).write("demo.officer");
        robot.clickOn(onCreditScreen("#passwordField").queryAs(Node.class)).write("demo");
        robot.clickOn(onCreditScreen("#signInButton").queryButton());
        waitUntil(() -> !onCreditScreen("#signInOverlay").query().isVisible());

        VBox reasons = robot.lookup("#reasonsBox").queryAs(VBox.class);
        waitUntil(() -> !label("#scoreValue").getText().isBlank() && !reasons.getChildren().isEmpty());
        assertThat(reasons.getChildren()).allSatisfy(reason ->
                assertThat(reason.getStyleClass()).contains("reason-item"));
        assertThat(label("#decisionValue").getText()).isIn("批准", "转人工", "拒绝");
        assertThat(label("#creditOfficerLabel").getText()).contains("demo.officer");
        waitUntil(() -> label("#annualRateValue").getText().endsWith("%"));
        String rate = label("#annualRateValue").getText();
        String maturity = label("#maturityValue").getText();

        robot.doubleClickOn("#whatIfTenorField").write("720");
        waitUntil(() -> !label("#annualRateValue").getText().equals(rate)
                && label("#annualRateValue").getText().endsWith("%"));
        assertThat(label("#maturityValue").getText()).isNotEqualTo(maturity).startsWith("1.97");

        robot.clickOn("历史与人工推翻");
        TableView<StoredCreditCheck> history = robot.lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().size() == 1 && !button("#overrideButton").isDisabled());
        assertThat(history.getItems().get(0).officerLogin()).isEqualTo("demo.officer");

        robot.clickOn("#justificationArea").write("too short");
        robot.clickOn("#overrideButton");
        waitUntil(() -> robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("至少写 10 个字");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(history.getItems().get(0).override()).isNull();

        robot.clickOn("#justificationArea").write(": core enterprise confirmed every invoice in writing");
        robot.clickOn("#overrideButton");
        waitUntil(() -> history.getItems().size() == 1 && history.getItems().get(0).override() != null);
        assertThat(history.getItems().get(0).override().justification())
                .isEqualTo("too short: core enterprise confirmed every invoice in writing");
        assertThat(history.getItems().get(0).override().officerLogin()).isEqualTo("demo.officer");
        assertThat(label("#overrideStatus").getText()).contains("demo.officer").contains("core enterprise");
        assertThat(button("#overrideButton").isDisabled()).as("a check is overridden once").isTrue();

        waitUntil(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        robot.clickOn("单户审查");
        waitUntil(() -> label("#overrideBanner").isVisible());
        assertThat(label("#overrideBanner").getText()).contains("demo.officer").contains("core enterprise");

        robot.clickOn("组合批量");
        BarChart<?, ?> chart = robot.lookup("#distributionChart").queryAs(BarChart.class);
        waitUntil(() -> chart.getData().size() == 3);
        robot.clickOn("#runBatchButton");
        TableView<BatchRow> batch = robot.lookup("#batchTable").queryTableView();
        waitUntil(() -> batch.getItems().size() == SMALL.suppliers() && !button("#runBatchButton").isDisabled());
        assertThat(robot.lookup("#batchProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(label("#distributionSource").getText()).contains("12");
        BatchRow first = batch.getItems().get(0);
        robot.doubleClickOn(robot.lookup("#batchTable .table-row-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> label("#scoreValue").getText().equals(Integer.toString(first.result().score()))
                && suppliers.getValue().id() == first.check().supplierId());
    }

    /** The sign-in card is shared with other screens; look only inside the credit screen. */
    private NodeQuery onCreditScreen(String query) {
        return robot.from(robot.lookup("#creditScreen")).lookup(query);
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private Button button(String query) {
        return robot.lookup(query).queryButton();
    }
}
