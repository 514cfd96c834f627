package io.factordesk.domain;

/** Why a string is not a valid USCC; the UI and CLI turn this into a message key. */
public enum UsccProblem {
    WRONG_LENGTH("must be exactly 18 characters"),
    ILLEGAL_CHARACTER("may only use 0-9 and A-Y without I, O, S, V, Z"),
    CHECK_DIGIT_MISMATCH("check character (18th) does not match the first 17 characters");

    private final String reason;

    UsccProblem(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public String messageKey() {
        return "uscc.problem." + name();
    }
}
