package io.factordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MoneyWordsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new MoneyWordsCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsEachAmountOnItsOwnLine() {
        assertThat(run("1409.50", "1,000,500", "¥0.05")).isZero();
        assertThat(out.toString().lines()).containsExactly("人民币壹仟肆佰零玖元伍角", "人民币壹佰万零伍佰元整", "人民币伍分");
    }

    @Test
    void invalidAmountsExitWithTwoAndTheReasonAndPrintNothing() {
        assertThat(run("12.345", "-5", "12a", "100")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "amount '12.345': more than two decimals (smallest unit is the fen, 0.01)",
                "amount '-5': amount is negative",
                "amount '12a': not a number");
    }
}
