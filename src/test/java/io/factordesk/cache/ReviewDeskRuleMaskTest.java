package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.OfficerRole;
import io.factordesk.domain.eligibility.EligibilityRule;
import io.factordesk.testing.CacheFixture;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** receivable_eligibility.failed_rules: the bits V5 fills in from the stored rule names are the scan's bits. */
class ReviewDeskRuleMaskTest {

    @Test
    void bitsFollowTheRulesAsV5ListsThem() {
        // Stored in every cache: a rule moved in EligibilityRule would silently change what old scans mean.
        List<String> v5Order = List.of("PAST_DUE", "TOO_OLD", "TENOR_TOO_LONG", "DISPUTED", "DILUTED",
                "DEBTOR_NOT_APPROVED", "DEBTOR_OVER_LIMIT", "CROSS_AGING", "CONCENTRATION", "REGULATORY_CONCENTRATION",
                "DUPLICATE_INVOICE", "DOUBLE_FINANCING", "FUTURE_DATED", "DUE_BEFORE_ISSUE", "RELATED_PARTY",
                "NOT_OPEN");
        for (int k = 0; k < v5Order.size(); k++) {
            assertThat(FailedRuleBits.of(EligibilityRule.valueOf(v5Order.get(k)))).isEqualTo(1 << k);
        }
        assertThat(EligibilityRule.values()).hasSize(v5Order.size());
        assertThat(FailedRuleBits.containing(EligibilityRule.CONCENTRATION, List.of(0, 256, 512, 768, 257)))
                .containsExactly(256, 768, 257);
    }

    @Test
    void migratingAV4CacheDerivesTheMaskFromTheStoredRuleNames() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:rule-mask-v4;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("4").load().migrate();
            DSLContext dsl = DSL.using(pool, SQLDialect.H2, CacheDatabase.settings());
            CacheFixture fixture = new CacheFixture(dsl);
            fixture.officer("li.na", OfficerRole.OFFICER, "5000000");
            long supplier = fixture.supplier(fixture.newUscc(), "苏州华鑫精密机械有限公司");
            long debtor = fixture.debtor("核心企业集团有限公司", true, true, null);
            Map<Long, String> stored = new LinkedHashMap<>();
            for (String rules : Arrays.asList(null, "PAST_DUE", "REGULATORY_CONCENTRATION",
                    "CONCENTRATION,REGULATORY_CONCENTRATION", "NOT_OPEN,PAST_DUE,TOO_OLD,CROSS_AGING,RELATED_PARTY",
                    String.join(",", Arrays.stream(EligibilityRule.values()).map(Enum::name).toList()))) {
                long id = fixture.receivable(supplier, debtor, "1000.00", LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 3, 5));
                dsl.execute("insert into receivable_eligibility (receivable_id, as_of, eligible, rules, details,"
                        + " scanned_at) values (?, DATE '2026-06-01', ?, ?, 'x', TIMESTAMP '2026-06-01 10:00:00')",
                        id, rules == null, rules);
                stored.put(id, rules);
            }

            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();

            Map<Long, Integer> masks = dsl.select(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID,
                    RECEIVABLE_ELIGIBILITY.FAILED_RULES).from(RECEIVABLE_ELIGIBILITY)
                    .fetchMap(RECEIVABLE_ELIGIBILITY.RECEIVABLE_ID, RECEIVABLE_ELIGIBILITY.FAILED_RULES);
            stored.forEach((id, rules) -> assertThat(masks.get(id)).as(String.valueOf(rules))
                    .isEqualTo(rules == null ? 0 : FailedRuleBits.of(Arrays.stream(rules.split(","))
                            .map(EligibilityRule::valueOf).toList())));
        } finally {
            pool.dispose();
        }
    }
}
