package io.factordesk.cli;

import io.factordesk.app.AppContext;
import io.factordesk.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/** Runs CLI commands over a data folder with a fixed clock, capturing what they print. */
final class CliHarness {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path folder;
    private final Clock clock;

    CliHarness(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = FactorDeskCli.commandLine(p -> folder, f -> Main.workspace(new AppContext(f, clock)), f -> {
            throw new AssertionError("no desktop in tests");
        });
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
