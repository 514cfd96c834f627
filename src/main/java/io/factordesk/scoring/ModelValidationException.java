package io.factordesk.scoring;

/** A scorecard model file that cannot be used; the message names the element and the problem. */
public class ModelValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelValidationException(String message) {
        super(message);
    }

    public ModelValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
