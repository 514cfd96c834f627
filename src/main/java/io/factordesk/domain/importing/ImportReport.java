package io.factordesk.domain.importing;

import java.util.List;

/**
 * What an import of one receivables file did: how many rows it read, wrote and skipped, the parties it
 * created, the encoding it read the file in, and every problem found (the first
 * {@link #MAX_LISTED_PROBLEMS} are listed; {@code problemCount} counts them all).
 */
public record ImportReport(Outcome outcome, String encoding, long rowsRead, long rowsImported, long rowsSkipped,
                           int partiesCreated, List<ImportProblem> problems, long problemCount) {

    public static final int MAX_LISTED_PROBLEMS = 10_000;

    /** Whether anything was written. */
    public enum Outcome {
        /** Written: the whole file, or its valid rows when the officer asked for that. */
        IMPORTED,
        /** Nothing written: the file has problems. */
        REFUSED,
        /** Nothing written: the officer cancelled. */
        CANCELLED
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return outcome == Outcome.IMPORTED;
    }
}
