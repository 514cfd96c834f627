package io.factordesk.app;

import static io.factordesk.testing.DesktopLauncher.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.SupplierSummary;
import io.factordesk.service.DemoSpec;
import io.factordesk.service.ProgressListener;
import io.factordesk.testing.DesktopLauncher;
import io.factordesk.ui.deals.CandidateReceivable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Deals & Contracts screen driven like two officers at one desk: the maker builds and submits a
 * deal, the checker signs in and approves it, and the Chinese contract set is generated and previewed.
 */
class DealsScreenTest {

    private static final DemoSpec SMALL = new DemoSpec(12, 1_500, 7L);

    @TempDir
    static Path data;

    private static Application application;
    private static String supplierUscc;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launchOnASmallDemoCache() throws Exception {
        try (AppContext context = new AppContext(data, Clock.systemDefaultZone())) {
            context.demoPortfolio().rebuild(SMALL, ProgressListener.NONE);
            LocalDate today = LocalDate.now(context.clock());
            supplierUscc = context.portfolio().suppliers().stream()
                    .filter(s -> context.deals().eligibleReceivables(s.uscc(), today).size() >= 2)
                    .findFirst().orElseThrow().uscc().value();
        }
        application = DesktopLauncher.launch(data, "zh-CN");
    }

    @AfterAll
    static void closeApplication() throws Exception {
        DesktopLauncher.close(application);
    }

    @Test
    void aDealIsBuiltApprovedByAnotherOfficerAndItsChineseContractPreviewed() throws Exception {
        robot.clickOn("#navDeals");
        ComboBox<SupplierSummary> suppliers = robot.lookup("#supplierCombo").queryComboBox();
        waitUntil(() -> suppliers.getItems().size() == SMALL.suppliers());
        SupplierSummary supplier = suppliers.getItems().stream()
                .filter(s -> s.uscc().value().equals(supplierUscc)).findFirst().orElseThrow();
        robot.interact(() -> suppliers.getSelectionModel().select(supplier));

        TableView<CandidateReceivable> candidates = robot.lookup("#candidateTable").queryTableView();
        waitUntil(() -> candidates.getItems().size() >= 2);
        String faceBefore = label("#faceValue").getText();
        robot.clickOn(robot.lookup("#candidateTable .check-box").nth(0).queryAs(Node.class));
        waitUntil(() -> !candidates.getItems().get(0).isSelected());
        assertThat(label("#faceValue").getText()).as("totals follow the ticks").isNotEqualTo(faceBefore);

        robot.doubleClickOn("#advanceRateField").write("95");
        waitUntil(() -> label("#problemLabel").isVisible());
        assertThat(label("#problemLabel").getText()).contains("90%");
        robot.doubleClickOn("#advanceRateField").write("80");
        waitUntil(() -> !label("#problemLabel").isVisible() && !button("#createButton").isDisabled());

        robot.clickOn("#createButton");
        waitUntil(() -> robot.lookup("#signInOverlay").query().isVisible());
        signIn("demo.officer");
        waitUntil(() -> !label("#dealNoLabel").getText().isBlank() && !button("#submitButton").isDisabled());
        assertThat(label("#officerLabel").getText()).contains("demo.officer");
        assertThat(label("#registryLabel").getText()).contains("中登网");

        robot.clickOn("#submitButton");
        waitUntil(() -> !button("#approveButton").isDisabled());

        robot.clickOn("#switchOfficerButton");
        waitUntil(() -> robot.lookup("#signInOverlay").query().isVisible());
        signIn("demo.approver");
        waitUntil(() -> label("#officerLabel").getText().contains("demo.approver"));

        robot.clickOn("#approveButton");
        waitUntil(() -> !button("#generateZhButton").isDisabled());
        robot.clickOn("#generateZhButton");

        ImageView page = robot.lookup("#pageImage").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> page.getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String pageLabel = label("#pageLabel").getText();
        assertThat(pageLabel).matches("1 / \\d+");
        int pages = Integer.parseInt(pageLabel.substring(4));
        assertThat(pages).isGreaterThan(1);
        assertThat(page.getImage().getWidth()).isGreaterThan(500);

        robot.clickOn("#nextButton");
        waitUntil(() -> label("#pageLabel").getText().equals("2 / " + pages));
        double width = page.getFitWidth();
        robot.clickOn("#zoomInButton");
        waitUntil(() -> page.getFitWidth() > width);
    }

    private void signIn(String login) throws TimeoutException {
        robot.clickOn("#loginField").write(login);
        robot.clickOn("#passwordField").write("demo");
        robot.clickOn("#signInButton");
        waitUntil(() -> !robot.lookup("#signInOverlay").query().isVisible());
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private Button button(String query) {
        return robot.lookup(query).queryButton();
    }
}
