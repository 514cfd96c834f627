package io.factordesk.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Records what the user would have been told; confirmations answer as configured. */
public final class RecordingDialogService implements DialogService {

    public record Shown(String kind, String title, String message, Throwable cause) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private boolean confirmAnswer = true;

    public RecordingDialogService answeringConfirm(boolean answer) {
        confirmAnswer = answer;
        return this;
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        shown.add(new Shown("error", title, message, cause));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message, null));
        return confirmAnswer;
    }

    @Override
    public void notify(String title, String message) {
        shown.add(new Shown("notify", title, message, null));
    }

    public List<Shown> shown() {
        return shown;
    }

    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }
}
