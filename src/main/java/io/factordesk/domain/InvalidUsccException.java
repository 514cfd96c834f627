package io.factordesk.domain;

/** Thrown where a party would be created with a code that fails GB 32100 validation. */
public final class InvalidUsccException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String input;
    private final UsccProblem problem;

    public InvalidUsccException(String input, UsccProblem problem) {
        super("Invalid USCC '" + input + "': " + problem.reason());
        this.input = input;
        this.problem = problem;
    }

    public String input() {
        return input;
    }

    public UsccProblem problem() {
        return problem;
    }
}
