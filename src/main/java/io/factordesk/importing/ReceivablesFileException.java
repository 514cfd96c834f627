package io.factordesk.importing;

import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ProblemKind;

/** The file as a whole cannot be read: empty, not a CSV or XLSX, or not in the chosen encoding. */
public final class ReceivablesFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient ImportProblem problem;

    ReceivablesFileException(ProblemKind kind, String detail, Throwable cause) {
        super(kind.name() + ": " + detail, cause);
        this.problem = ImportProblem.ofFile(kind, detail);
    }

    public ImportProblem problem() {
        return problem;
    }
}
