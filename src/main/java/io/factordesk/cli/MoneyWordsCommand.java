package io.factordesk.cli;

import io.factordesk.contracts.AmountParser;
import io.factordesk.contracts.CapitalNumerals;
import io.factordesk.contracts.InvalidAmountException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `factordesk money-words AMOUNT...`: each amount in capital numerals with the 人民币 prefix. */
@Command(name = "money-words", description = "Print amounts in Chinese capital numerals (大写金额), one per line.")
public final class MoneyWordsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "AMOUNT", description = "Amounts in CNY, e.g. 1409.50 or 1,409.50")
    private List<String> amounts = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String raw : amounts) {
            try {
                lines.add(CapitalNumerals.withPrefix(AmountParser.parse(raw)));
            } catch (InvalidAmountException e) {
                problems.add("amount '" + raw + "': " + e.reason().text());
            }
        }
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(err::println);
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        lines.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
