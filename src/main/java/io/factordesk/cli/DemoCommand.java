package io.factordesk.cli;

import io.factordesk.service.DemoSpec;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk demo}: replaces the cache content with a generated demo portfolio. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Rebuild the cache with a deterministic demo portfolio (replaces all cached data).")
final class DemoCommand implements Callable<Integer> {

    static final int MAX_SUPPLIERS = 100_000;
    static final int MAX_RECEIVABLES = 10_000_000;

    @ParentCommand
    private FactorDeskCommand root;

    @Spec
    private CommandSpec spec;

    private int suppliers = DemoSpec.standard().suppliers();
    private int receivables = DemoSpec.standard().receivables();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same portfolio.")
    private long seed = DemoSpec.DEFAULT_SEED;

    @Option(names = "--suppliers", paramLabel = "N", description = "Number of suppliers, 1-100000 (default: 200).")
    void suppliers(int value) {
        this.suppliers = checked("--suppliers", value, 1, MAX_SUPPLIERS);
    }

    @Option(names = "--receivables", paramLabel = "M",
            description = "Number of receivables, 0-10000000 (default: 20000).")
    void receivables(int value) {
        this.receivables = checked("--receivables", value, 0, MAX_RECEIVABLES);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DemoSpec demo = new DemoSpec(suppliers, receivables, seed);
        long started = System.nanoTime();
        Map<String, Long> counts;
        try (Workspace workspace = root.openWorkspace()) {
            counts = workspace.demoPortfolio().rebuild(demo, new ProgressLine(spec.commandLine().getErr()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("Demo portfolio rebuilt in %s: %d suppliers, %d debtors, %d receivables, %d trading months "
                        + "(seed %d) in %.1f s%n", root.dataFolder(), counts.get("supplier"), counts.get("debtor"),
                counts.get("receivable"), counts.get("trading_month"), seed, seconds);
        out.flush();
        return 0;
    }

    private int checked(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), String.format(
                    "Invalid value for option '%s': %d is out of range (must be %d to %d)", option, value, min, max));
        }
        return value;
    }
}
