package io.factordesk.cli;

/** Process exit codes of the CLI. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The command ran and failed for a reason outside the input (I/O, database). */
    public static final int FAILURE = 1;
    /** Invalid arguments or input: nothing was written. */
    public static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }
}
