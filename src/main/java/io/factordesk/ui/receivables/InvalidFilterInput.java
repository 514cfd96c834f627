package io.factordesk.ui.receivables;

/** Input the officer typed that makes no review filter; the message is already translated. */
final class InvalidFilterInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidFilterInput(String message) {
        super(message, null, false, false);
    }
}
