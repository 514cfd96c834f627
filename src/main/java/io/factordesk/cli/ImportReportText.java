package io.factordesk.cli;

import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ImportReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** The import's outcome as the officer reads it: one summary line, or one line per problem. */
final class ImportReportText {

    private ImportReportText() {
    }

    static int print(CommandSpec spec, CliMessages messages, ImportReport report, Path file) {
        if (report.imported()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("import.summary", String.valueOf(report.rowsImported()),
                    String.valueOf(report.partiesCreated()), String.valueOf(report.rowsSkipped()), report.encoding()));
            out.flush();
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        for (ImportProblem problem : report.problems()) {
            err.println(line(messages, problem));
        }
        err.println(messages.get("import.refused", report.problemCount(),
                String.valueOf(file.getFileName())));
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    static String line(CliMessages messages, ImportProblem problem) {
        String reason = messages.get(problem.kind().messageKey(), problem.value(), problem.detail());
        if (problem.concernsWholeFile()) {
            return messages.get("import.report.fileLine", reason);
        }
        return messages.get("import.report.line", String.valueOf(problem.row()), problem.column(), reason);
    }
}
