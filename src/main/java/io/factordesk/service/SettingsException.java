package io.factordesk.service;

/** A settings file the application cannot use, with the file, key and reason. */
public final class SettingsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
