package io.factordesk.cli;

import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealRuleException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** How the deal commands report a result or a refusal. */
final class DealOutput {

    private DealOutput() {
    }

    /** A rule refused the request: nothing was written; say why and exit 2. */
    static int refused(CommandSpec spec, DealRuleException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("factordesk: refused: " + e.getMessage());
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    static int printed(CommandSpec spec, Deal deal, boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DealJson.of(deal));
        } else {
            DealJson.summary(deal).forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
