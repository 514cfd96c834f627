package io.factordesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Startup benchmark (issue 2, item 9): process start to first frame for a bare JavaFX window and
 * for FactorDesk on a demo cache, launched the same way in the same run, with the JDK's default
 * CDS archive and with an AppCDS (dynamic) archive per program. Runs are interleaved so both
 * programs see the same machine load.
 *
 * <pre>
 * java -cp target/test-classes io.factordesk.bench.StartupBenchmark [--runs 5] [--warmup 1]
 *      [--cds both|off|on] [--only both|bare|app] [--dist target/dist] [--classes target/test-classes]
 *      [--data target/bench/demo-data] [--demo "--suppliers 200 --receivables 1000000"]
 * </pre>
 * Needs a display (use xvfb-run on a headless machine); see BENCHMARKS.md.
 */
public final class StartupBenchmark {

    private static final String APP_MAIN = BenchOptions.CLI_MAIN;
    // by name: the harness itself runs without JavaFX on its class path
    private static final String BARE_MAIN = "io.factordesk.bench.BareWindow";
    private static final String PROBE = "-Dfactordesk.startupProbe=true";
    private static final long TIMEOUT_SECONDS = 600;

    private final BenchOptions options;
    private final JvmLaunch launch;
    private final Path work;

    private StartupBenchmark(BenchOptions options) throws IOException {
        this.options = options;
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        this.work = Files.createDirectories(options.work());
        Path benchJar = BenchJar.pack(options.classes(), work.resolve("factordesk-bench.jar"));
        this.launch = JvmLaunch.fromDist(java, options.dist().resolve("lib"), benchJar);
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        new StartupBenchmark(options).run();
    }

    private void run() throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "java %s, %d cores, DISPLAY=%s, %d runs after %d warm-up, load %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getenv("DISPLAY"), options.runs(), options.warmup(), loadAverage());
        if (options.demoArgs() != null) {
            timeDemo(options.demoArgs());
        }
        Map<String, List<String>> programs = new LinkedHashMap<>();
        if (options.includesBare()) {
            programs.put("bare JavaFX window", command(List.of(), BARE_MAIN, List.of()));
        }
        if (options.includesApp()) {
            List<String> app = command(List.of(), options.appMain(), options.appArgs());
            ensureDemoData(app);
            programs.put("FactorDesk (demo portfolio)", app);
        }
        List<Variant> variants = new ArrayList<>();
        for (Map.Entry<String, List<String>> program : programs.entrySet()) {
            if (options.cdsOff()) {
                variants.add(new Variant("default CDS", program.getKey(), program.getValue()));
            }
            if (options.cdsOn()) {
                Path archive = train(program.getKey(), program.getValue());
                variants.add(new Variant("AppCDS", program.getKey(), withOptions(program.getValue(),
                        List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"))));
            }
        }
        List<StartupTable.Row> rows = measure(variants);
        System.out.println();
        System.out.print(StartupTable.markdown(rows));
    }

    private List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> all = new ArrayList<>(jvmOptions);
        all.add(PROBE);
        return launch.command(all, mainClass, args);
    }

    /** Every round starts each variant once, so all of them share the same swings in machine load. */
    private List<StartupTable.Row> measure(List<Variant> variants) throws IOException, InterruptedException {
        Map<Variant, List<Long>> samples = new LinkedHashMap<>();
        variants.forEach(v -> samples.put(v, new ArrayList<>()));
        for (int i = 0; i < options.warmup() + options.runs(); i++) {
            for (Variant variant : variants) {
                long millis = StartupRun.millisToFirstFrame(variant.command(), log("run"), TIMEOUT_SECONDS);
                boolean warmup = i < options.warmup();
                System.out.printf(Locale.ROOT, "%-12s %-28s %-8s %5d ms  (load %s)%n", variant.mode(),
                        variant.program(), warmup ? "warm-up" : "run " + (i - options.warmup() + 1), millis,
                        loadAverage());
                if (!warmup) {
                    samples.get(variant).add(millis);
                }
            }
        }
        List<StartupTable.Row> rows = new ArrayList<>();
        samples.forEach((v, millis) -> rows.add(new StartupTable.Row(v.mode(), v.program(), millis)));
        return rows;
    }

    /** The 1-minute load average (Linux), so a reader can see how busy the 2 cores were. */
    private static String loadAverage() {
        try {
            return Files.readString(Paths.get("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private record Variant(String mode, String program, List<String> command) {
    }

    private Path train(String name, List<String> command) throws IOException, InterruptedException {
        Path archive = work.resolve(name.replaceAll("[^A-Za-z]+", "-").toLowerCase(Locale.ROOT) + ".jsa");
        Files.deleteIfExists(archive);
        List<String> training = withOptions(command, List.of("-XX:ArchiveClassesAtExit=" + archive));
        long millis = StartupRun.millisToExit(training, log("cds-training"), TIMEOUT_SECONDS);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("training run wrote no archive " + archive + "; see " + log("cds-training"));
        }
        System.out.printf(Locale.ROOT, "AppCDS archive for %s: %s (%d KiB, training %d ms)%n",
                name, archive, Files.size(archive) / 1024, millis);
        return archive;
    }

    /**
     * The measured runs must open an existing demo cache, not build one. Through the CLI the demo
     * command builds it; started as the Application class, one probe run builds it on first start.
     */
    private void ensureDemoData(List<String> appProbe) throws IOException, InterruptedException {
        if (Files.isDirectory(options.data())) {
            try (Stream<Path> files = Files.list(options.data())) {
                if (files.anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"))) {
                    return;
                }
            }
        }
        Files.createDirectories(options.data());
        if (options.viaCli()) {
            List<String> demo = launch.command(List.of(), APP_MAIN,
                    List.of("--data", options.data().toString(), "demo"));
            long millis = StartupRun.millisToExit(demo, log("demo"), TIMEOUT_SECONDS);
            System.out.printf(Locale.ROOT, "prepared demo portfolio (standard) in %s: %d ms%n", options.data(), millis);
        } else {
            long millis = StartupRun.millisToFirstFrame(appProbe, log("demo"), TIMEOUT_SECONDS);
            System.out.printf(Locale.ROOT, "first start on an empty cache (builds the standard demo) in %s: "
                    + "%d ms to first frame%n", options.data(), millis);
        }
    }

    private void timeDemo(List<String> demoArgs) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory(work, "demo-timing-");
        List<String> args = new ArrayList<>(List.of("--data", folder.toString(), "demo"));
        args.addAll(demoArgs);
        long millis = StartupRun.millisToExit(launch.command(List.of(), APP_MAIN, args), log("demo"), 3600);
        System.out.printf(Locale.ROOT, "factordesk demo %s: %d ms (cache in %s)%n",
                String.join(" ", demoArgs), millis, folder);
    }

    private static List<String> withOptions(List<String> command, List<String> jvmOptions) {
        List<String> all = new ArrayList<>(command.subList(0, 1));
        all.addAll(jvmOptions);
        all.addAll(command.subList(1, command.size()));
        return all;
    }

    private Path log(String kind) {
        return work.resolve(kind + ".log");
    }
}
