package io.factordesk.bench;

import io.factordesk.contracts.ContractLanguage;
import io.factordesk.contracts.ContractRenderer;
import io.factordesk.contracts.ContractSet;
import io.factordesk.contracts.ContractSetFixtures;
import io.factordesk.contracts.RenderedContract;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full contract set (agreement, schedule, one notice per debtor, fee schedule; PDF/A-2b post-process
 * included), warm. Goals (issue 5): 50 receivables under 300 ms, 5,000 receivables under 3 s.
 * Run: mvn -o -q test-compile, then
 * java -cp target/test-classes:target/classes:$(deps) org.openjdk.jmh.Main ContractBenchmark
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContractBenchmark {

    private ContractRenderer renderer;
    private ContractSet fifty;
    private ContractSet fiveThousand;

    @Setup
    public void setUp() {
        renderer = new ContractRenderer();
        fifty = ContractSetFixtures.contractSet(50, ContractLanguage.ZH, true);
        fiveThousand = ContractSetFixtures.contractSet(5_000, ContractLanguage.ZH, true);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public RenderedContract fiftyReceivables() {
        return renderer.render(fifty);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3)
    @Measurement(iterations = 3)
    public RenderedContract fiveThousandReceivables() {
        return renderer.render(fiveThousand);
    }
}
