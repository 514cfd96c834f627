package io.factordesk.importing;

import io.factordesk.domain.importing.ProblemKind;

/** A cell value that cannot be read as its field; the row check turns it into an {@link ImportProblem}. */
public final class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final ProblemKind kind;
    private final String detail;

    InvalidValueException(ProblemKind kind, String detail) {
        super(kind.name() + (detail.isEmpty() ? "" : ": " + detail), null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
