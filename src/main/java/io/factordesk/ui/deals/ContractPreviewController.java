package io.factordesk.ui.deals;

import io.factordesk.service.GeneratedContract;
import io.factordesk.ui.common.Messages;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

/** Shows the rendered page at the chosen zoom; "save as" asks for the file, the view model writes it. */
public final class ContractPreviewController {

    private final ContractPreviewViewModel viewModel;
    private final Messages messages;

    @FXML private Button previousButton;
    @FXML private Label pageLabel;
    @FXML private Button nextButton;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomInButton;
    @FXML private ProgressIndicator renderingIndicator;
    @FXML private Button saveAsButton;
    @FXML private Button openExternalButton;
    @FXML private Label contractLabel;
    @FXML private ScrollPane pageScroll;
    @FXML private StackPane pageHolder;
    @FXML private ImageView pageImage;
    @FXML private Label emptyLabel;

    public ContractPreviewController(ContractPreviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        var none = viewModel.contractProperty().isNull();
        emptyLabel.visibleProperty().bind(none);
        pageScroll.visibleProperty().bind(none.not());
        pageLabel.textProperty().bind(viewModel.pageLabelProperty());
        previousButton.disableProperty().bind(none.or(viewModel.pageIndexProperty().lessThanOrEqualTo(0)));
        nextButton.disableProperty().bind(none.or(viewModel.pageIndexProperty()
                .greaterThanOrEqualTo(viewModel.pageCountProperty().subtract(1))));
        zoomInButton.disableProperty().bind(none.or(viewModel.zoomProperty()
                .greaterThanOrEqualTo(ContractPreviewViewModel.MAX_ZOOM)));
        zoomOutButton.disableProperty().bind(none.or(viewModel.zoomProperty()
                .lessThanOrEqualTo(ContractPreviewViewModel.MIN_ZOOM)));
        saveAsButton.disableProperty().bind(none);
        openExternalButton.disableProperty().bind(none);
        renderingIndicator.visibleProperty().bind(viewModel.renderingProperty());
        contractLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.contractProperty()
                .get()), viewModel.contractProperty()));
        pageHolder.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> pageScroll.getViewportBounds().getWidth(), pageScroll.viewportBoundsProperty()));
        viewModel.pageProperty().addListener((obs, old, now) -> showImage(now));
        viewModel.zoomProperty().addListener((obs, old, now) -> showImage(viewModel.pageProperty().get()));
        showImage(viewModel.pageProperty().get());
    }

    private String describe(GeneratedContract contract) {
        return contract == null ? "" : messages.get("preview.contractInfo", contract.contractNo(),
                contract.pageCount(), contract.sha256());
    }

    private void showImage(PreviewPage page) {
        if (page == null) {
            pageImage.setImage(null);
            return;
        }
        if (pageImage.getImage() == null || pageImage.getUserData() != page) {
            pageImage.setImage(SwingFXUtils.toFXImage(page.image(), null));
            pageImage.setUserData(page);
        }
        pageImage.setFitWidth(page.baseWidth() * viewModel.zoomProperty().get());
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    @FXML
    private void saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("preview.fileType"), "*.pdf"));
        File file = chooser.showSaveDialog(pageScroll.getScene().getWindow());
        if (file != null) {
            viewModel.saveAs(file.toPath());
        }
    }

    @FXML
    private void openWithSystemViewer() {
        viewModel.openWithSystemViewer();
    }
}
