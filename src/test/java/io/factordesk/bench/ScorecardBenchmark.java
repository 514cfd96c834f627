package io.factordesk.bench;

import io.factordesk.scoring.CreditCheckEngine;
import io.factordesk.scoring.CreditCheckInput;
import io.factordesk.scoring.CreditCheckResult;
import io.factordesk.scoring.Scorecard;
import io.factordesk.scoring.ScorecardModel;
import io.factordesk.scoring.ScorecardModelLoader;
import io.factordesk.scoring.SyntheticSuppliers;
import io.factordesk.scoring.WatchList;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring throughput, single-threaded: the bare scorecard (12 characteristic values to points)
 * and full credit checks (knock-outs, measures, score, signals, line, IRB price) over synthetic
 * suppliers with 100 receivables each. Run:
 * {@code mvn -o -q test-compile && java -cp target/test-classes:target/classes:$(mvn -o -q dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout) io.factordesk.bench.ScorecardBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ScorecardBenchmark {

    private static final int ROWS = 1024;

    private Scorecard scorecard;
    private double[][] values;
    private int row;
    private CreditCheckEngine engine;
    private List<CreditCheckInput> batch200;
    private List<CreditCheckInput> batch10000;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ScorecardModel model;
        try (InputStream in = ScorecardBenchmark.class.getResourceAsStream(ScorecardModelLoader.DEFAULT_MODEL_RESOURCE)) {
            model = ScorecardModelLoader.load(in);
        }
        engine = new CreditCheckEngine(model, WatchList.EMPTY);
        scorecard = engine.scorecard();
        SplittableRandom random = new SplittableRandom(42);
        values = new double[ROWS][scorecard.size()];
        for (double[] rowValues : values) {
            for (int c = 0; c < rowValues.length; c++) {
                var bins = scorecard.characteristic(c).bins();
                Double low = bins.get(0).max();
                Double high = bins.get(bins.size() - 1).min();
                double span = (high - low) * 1.6;
                rowValues[c] = random.nextDouble() < 0.03 ? Double.NaN : low - span * 0.3 + random.nextDouble() * span;
            }
        }
        batch200 = SyntheticSuppliers.generate(200, 100, 7);
        batch10000 = SyntheticSuppliers.generate(10_000, 100, 11);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int scorecardEvaluation() {
        row = (row + 1) & (ROWS - 1);
        return scorecard.score(values[row]);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void checkBatchOf200(Blackhole blackhole) {
        for (CreditCheckInput input : batch200) {
            blackhole.consume(engine.check(input));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void checkBatchOf10000(Blackhole blackhole) {
        for (CreditCheckInput input : batch10000) {
            CreditCheckResult result = engine.check(input);
            blackhole.consume(result);
        }
    }

    public static void main(String[] args) throws Exception {
        String[] options = args.length > 0 ? args : new String[] {"-f", "1", "-wi", "2", "-i", "3"};
        String[] withInclude = new String[options.length + 1];
        withInclude[0] = ScorecardBenchmark.class.getSimpleName();
        System.arraycopy(options, 0, withInclude, 1, options.length);
        org.openjdk.jmh.Main.main(withInclude);
    }
}
