package io.factordesk.ui.deals;

import io.factordesk.service.GeneratedContract;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The generated contract set, one rendered page at a time (rendered in the background when first
 * shown, then kept), with zoom, "save as" and the system viewer.
 */
public final class ContractPreviewViewModel {

    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 3.0;
    private static final double ZOOM_STEP = 1.25;

    private final PdfPageRenderer renderer;
    private final DocumentOpener opener;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    private final ObjectProperty<GeneratedContract> contract = new SimpleObjectProperty<>(this, "contract");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex");
    private final IntegerProperty pageCount = new SimpleIntegerProperty(this, "pageCount");
    private final ObjectProperty<PreviewPage> page = new SimpleObjectProperty<>(this, "page");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final BooleanProperty rendering = new SimpleBooleanProperty(this, "rendering");
    private final StringBinding pageLabel = Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
            : messages().get("preview.pageOf", pageIndex.get() + 1, pageCount.get()), pageIndex, pageCount);
    private final Map<String, PreviewPage> rendered = new HashMap<>();
    private TaskHandle running = TaskHandle.DONE;

    public ContractPreviewViewModel(PdfPageRenderer renderer, DocumentOpener opener, TaskExecutor executor,
                                    DialogService dialogs, Messages messages) {
        this.renderer = renderer;
        this.opener = opener;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        // Zooming in renders the page again with more pixels, so the text stays sharp.
        zoom.addListener((obs, old, now) -> showPage(pageIndex.get()));
    }

    private Messages messages() {
        return messages;
    }

    public void open(GeneratedContract generated) {
        running.cancel();
        rendered.clear();
        page.set(null);
        contract.set(generated);
        pageCount.set(generated.pageCount());
        pageIndex.set(0);
        showPage(0);
    }

    public void nextPage() {
        showPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        showPage(pageIndex.get() - 1);
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    private void showPage(int index) {
        GeneratedContract current = contract.get();
        if (current == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        pageIndex.set(index);
        double scale = renderScale(zoom.get());
        String key = index + "@" + scale;
        PreviewPage known = rendered.get(key);
        if (known != null) {
            page.set(known);
            return;
        }
        running.cancel();
        rendering.set(true);
        byte[] pdf = current.pdf();
        running = executor.execute(BackgroundTask.of(progress -> renderer.render(pdf, index, scale))
                .onSuccess(image -> {
                    if (contract.get() == current) {
                        PreviewPage shown = new PreviewPage(index, image, scale);
                        rendered.put(key, shown);
                        if (pageIndex.get() == index && renderScale(zoom.get()) == scale) {
                            page.set(shown);
                            rendering.set(false);
                        }
                    }
                })
                .onFailure(failure -> {
                    rendering.set(false);
                    dialogs.showError(messages.get("error.title"), messages.get("preview.renderFailed"), failure);
                }));
    }

    /** 100 dpi up to 100%; above it in half steps, at most twice the pixels (a page then needs ~25 MB). */
    static double renderScale(double zoomFactor) {
        return zoomFactor <= 1.0 ? 1.0 : Math.min(2.0, Math.ceil(zoomFactor * 2) / 2);
    }

    /** Writes the PDF's bytes to the chosen file off the FX thread. */
    public void saveAs(Path target) {
        GeneratedContract current = contract.get();
        if (current == null || target == null) {
            return;
        }
        executor.execute(BackgroundTask.of(progress -> Files.write(target, current.pdf()))
                .onSuccess(written -> dialogs.notify(messages.get("preview.saved"),
                        messages.get("preview.savedTo", written.toString())))
                .onFailure(failure -> dialogs.showError(messages.get("error.title"),
                        messages.get("preview.saveFailed", target.toString()), failure)));
    }

    public void openWithSystemViewer() {
        GeneratedContract current = contract.get();
        if (current != null) {
            try {
                opener.open(current.archivedFile());
            } catch (RuntimeException e) {
                dialogs.showError(messages.get("error.title"),
                        messages.get("preview.openFailed", current.archivedFile().toString()), e);
            }
        }
    }

    /** A file name to propose in "save as": the contract number and language. */
    public String suggestedFileName() {
        GeneratedContract current = contract.get();
        return current == null ? "contract.pdf"
                : current.archivedFile().getFileName().toString();
    }

    public ObjectProperty<GeneratedContract> contractProperty() {
        return contract;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public ObjectProperty<PreviewPage> pageProperty() {
        return page;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty renderingProperty() {
        return rendering;
    }

    public StringBinding pageLabelProperty() {
        return pageLabel;
    }
}
