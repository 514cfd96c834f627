package io.factordesk.app;

import static io.factordesk.testing.DesktopLauncher.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.testing.DesktopLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Starts the real application on a small demo cache in a temp folder and drives it like an officer:
 * suppliers, a supplier's detail, the switch to Chinese, and a page of receivables sorted in the cache.
 */
class DesktopApplicationTest {

    private static final DemoSpec SMALL = new DemoSpec(20, 1_000, 42L);

    @TempDir
    static Path data;

    private static Application application;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launchOnASmallDemoCache() throws Exception {
        try (AppContext context = new AppContext(data, Clock.systemDefaultZone())) {
            context.demoPortfolio().rebuild(SMALL, ProgressListener.NONE);
        }
        application = DesktopLauncher.launch(data, "en");
    }

    @AfterAll
    static void closeApplication() throws Exception {
        DesktopLauncher.close(application);
        assertThat(Files.readString(data.resolve("ui.properties")))
                .as("language and screen are remembered for the next start")
                .contains("language=zh-CN").contains("screen=CREDIT").contains("theme=DARK")
                .contains("window.width=").contains("divider.suppliers=");
    }

    @Test
    void anOfficerBrowsesSuppliersInBothLanguagesAndPagesThroughReceivables() throws Exception {
        waitUntil(() -> label("#countsLabel").getText().startsWith("20 suppliers"));
        assertThat(label("#connectivityLabel").getText()).startsWith("Offline");
        assertThat(button("#navSuppliers").getText()).isEqualTo("Suppliers");

        robot.clickOn("#navSuppliers");
        TableView<SupplierSummary> suppliers = table("#supplierTable");
        waitUntil(() -> suppliers.getItems().size() == SMALL.suppliers());

        robot.clickOn(robot.lookup("#supplierTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        SupplierSummary first = suppliers.getItems().get(0);
        waitUntil(() -> first.displayName(true).equals(label("#nameLabel").getText()));
        assertThat(label("#usccValue").getText()).isEqualTo(first.uscc().value());

        robot.clickOn("#filterField").write(first.uscc().value());
        waitUntil(() -> suppliers.getItems().size() == 1);
        robot.doubleClickOn("#filterField").eraseText(first.uscc().value().length());
        waitUntil(() -> suppliers.getItems().size() == SMALL.suppliers());

        robot.clickOn("#languageChinese");
        waitUntil(() -> "供应商".equals(button("#navSuppliers").getText()));
        assertThat(button("#navSuppliers").isSelected()).as("the same screen stays open").isTrue();
        assertThat(table("#supplierTable").getItems()).hasSize(SMALL.suppliers());
        waitUntil(() -> first.nameZh().equals(label("#nameLabel").getText()));
        assertThat(label("#countsLabel").getText()).startsWith("供应商 20 家");

        robot.clickOn("#navReceivables");
        TableView<ReviewRow> receivables = table("#receivableTable");
        waitUntil(() -> receivables.getItems().size() == 200);
        waitUntil(() -> label("#countValue").getText().contains("1,000"));

        // Ascending, then descending: each click re-queries the cache.
        robot.clickOn("票面金额（元）");
        robot.clickOn("票面金额（元）");
        waitUntil(() -> receivables.getItems().size() == 200
                && face(receivables, 0).compareTo(face(receivables, 199)) >= 0
                && face(receivables, 0).compareTo(face(receivables, 1)) > 0);

        java.math.BigDecimal lastOnFirstPage = face(receivables, 199);
        robot.clickOn(robot.lookup("#pager .number-button").nth(1).queryAs(javafx.scene.Node.class));
        // Page 2 of the descending order starts at or below where page 1 ended.
        waitUntil(() -> receivables.getItems().size() == 200
                && face(receivables, 0).compareTo(lastOnFirstPage) <= 0);

        robot.clickOn("#navCredit");
        waitUntil(() -> label("#creditTitle").getText().equals("授信审查"));

        robot.clickOn("#themeToggle");
        waitUntil(() -> robot.lookup("#navCredit").query().getScene().getRoot().getPseudoClassStates()
                .contains(io.factordesk.ui.common.Theme.DARK_PSEUDO_CLASS));
        assertThat(robot.lookup("#themeToggle").queryButton().getText()).isEqualTo("浅色主题");
    }

    private static java.math.BigDecimal face(TableView<ReviewRow> table, int row) {
        return table.getItems().get(row).receivable().faceAmount();
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private ToggleButton button(String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }

    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryTableView();
    }
}
