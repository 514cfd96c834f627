package io.factordesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BatchCheckTest {

    @Test
    void aPortfolioOf200SyntheticSuppliersSpreadsOverGradesAndDecisions() {
        CreditCheckEngine engine = new CreditCheckEngine(SupplierFixture.defaultModel(), WatchList.EMPTY);
        List<CreditCheckInput> inputs = SyntheticSuppliers.generate(200, 100, 7);

        List<CreditCheckResult> results = inputs.stream().map(engine::check).toList();

        Map<String, Long> grades = results.stream().collect(Collectors.groupingBy(CreditCheckResult::grade, TreeMap::new,
            Collectors.counting()));
        Map<Decision, Long> decisions = results.stream().collect(Collectors.groupingBy(CreditCheckResult::decision,
            TreeMap::new, Collectors.counting()));
        assertThat(grades).hasSizeGreaterThanOrEqualTo(4);
        assertThat(decisions).containsKeys(Decision.APPROVE, Decision.REFER, Decision.DECLINE);
        assertThat(inputs.stream().map(engine::check).toList()).isEqualTo(results);
    }
}
