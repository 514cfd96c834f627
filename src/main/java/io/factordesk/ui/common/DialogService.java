package io.factordesk.ui.common;

/** Every message to the user goes through here; texts arrive already translated. */
public interface DialogService {

    /** Says what happened and what to do; the cause goes to the log, not to the user. */
    void showError(String title, String message, Throwable cause);

    boolean confirm(String title, String message);

    void notify(String title, String message);
}
