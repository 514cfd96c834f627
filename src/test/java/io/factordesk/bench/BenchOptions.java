package io.factordesk.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

/** Command-line options of {@link StartupBenchmark}; every option has a default. */
record BenchOptions(int runs, int warmup, String cds, String only, Path dist, Path classes, Path data,
        Path work, List<String> demoArgs, String appMain) {

    static final String CLI_MAIN = "io.factordesk.app.Main";

    static BenchOptions parse(String[] args) {
        int runs = 5;
        int warmup = 1;
        String cds = "both";
        String only = "both";
        Path dist = Paths.get("target", "dist");
        Path classes = Paths.get("target", "test-classes");
        Path work = Paths.get("target", "bench");
        Path data = null;
        List<String> demoArgs = null;
        String appMain = CLI_MAIN;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(require(args[i], value));
                case "--warmup" -> warmup = Integer.parseInt(require(args[i], value));
                case "--cds" -> cds = oneOf(args[i], require(args[i], value), "both", "on", "off");
                case "--only" -> only = oneOf(args[i], require(args[i], value), "both", "bare", "app");
                case "--dist" -> dist = Paths.get(require(args[i], value));
                case "--classes" -> classes = Paths.get(require(args[i], value));
                case "--data" -> data = Paths.get(require(args[i], value));
                case "--work" -> work = Paths.get(require(args[i], value));
                case "--demo" -> demoArgs = require(args[i], value).isBlank()
                        ? null : Arrays.asList(value.trim().split("\\s+"));
                case "--app-main" -> appMain = require(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("--runs must be >= 1 and --warmup >= 0");
        }
        Path dataFolder = data != null ? data : work.resolve("demo-data");
        return new BenchOptions(runs, warmup, cds, only, dist, classes, dataFolder.toAbsolutePath(),
                work.toAbsolutePath(), demoArgs, appMain);
    }

    /** The CLI entry takes {@code --data DIR}; the Application class directly takes {@code --data=DIR}. */
    boolean viaCli() {
        return appMain.equals(CLI_MAIN);
    }

    List<String> appArgs() {
        return viaCli() ? List.of("--data", data.toString()) : List.of("--data=" + data);
    }

    boolean includesBare() {
        return !only.equals("app");
    }

    boolean includesApp() {
        return !only.equals("bare");
    }

    boolean cdsOff() {
        return !cds.equals("on");
    }

    boolean cdsOn() {
        return !cds.equals("off");
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static String oneOf(String option, String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            throw new IllegalArgumentException(option + " must be one of " + String.join("|", allowed));
        }
        return value;
    }
}
