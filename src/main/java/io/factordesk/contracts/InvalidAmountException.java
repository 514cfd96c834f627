package io.factordesk.contracts;

/** An amount that cannot be written in capital numerals, with the reason. */
public final class InvalidAmountException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the amount was refused; the CLI and UI name it to the officer. */
    public enum Reason {
        MISSING("no amount given"),
        NOT_A_NUMBER("not a number"),
        NEGATIVE("amount is negative"),
        MORE_THAN_TWO_DECIMALS("more than two decimals (smallest unit is the fen, 0.01)"),
        TOO_LARGE("amount is above 9,999,999,999,999,999.99");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final String input;
    private final Reason reason;

    public InvalidAmountException(String input, Reason reason) {
        super("'" + input + "': " + reason.text());
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public Reason reason() {
        return reason;
    }
}
