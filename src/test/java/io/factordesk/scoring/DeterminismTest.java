package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void sameInputGivesAnEqualResultEvenFromAFreshlyLoadedModel() {
        SupplierFixture fixture = new SupplierFixture();
        fixture.replaceDebtor(SupplierFixture.THIRD_ID, d -> SupplierFixture.with(d, false, false, true));

        CreditCheckResult first = new CreditCheckEngine(SupplierFixture.defaultModel(), WatchList.EMPTY).check(fixture.input());
        CreditCheckResult second = new CreditCheckEngine(SupplierFixture.defaultModel(), WatchList.EMPTY).check(fixture.input());

        assertThat(second).isEqualTo(first);
        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void oneEngineSharedByThreadsGivesEveryThreadTheSameResult() throws Exception {
        CreditCheckEngine engine = new CreditCheckEngine(SupplierFixture.defaultModel(), WatchList.EMPTY);
        CreditCheckInput input = new SupplierFixture().input();
        CreditCheckResult expected = engine.check(input);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<CreditCheckResult>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tasks.add(() -> engine.check(input));
            }
            for (Future<CreditCheckResult> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
