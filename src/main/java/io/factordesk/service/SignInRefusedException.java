package io.factordesk.service;

/** A sign-in the cache refused; the reason lets the UI say it in the user's language. */
public final class SignInRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { WRONG_PASSWORD, INACTIVE }

    private final Reason reason;

    public SignInRefusedException(Reason reason, String login) {
        super(reason == Reason.INACTIVE ? login + " is not an active officer" : "wrong login or password for " + login);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
