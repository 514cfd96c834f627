package io.factordesk.app;

import static io.factordesk.cache.jooq.Tables.RECEIVABLE_ELIGIBILITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.domain.OfficerRole;
import io.factordesk.domain.review.VerificationDocument;
import io.factordesk.service.ProgressListener;
import io.factordesk.testing.CacheFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewDeskWiringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path folder;

    @Test
    void theCompositionRootHandsOutTheScanAndTheReviewDesk() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (AppContext context = new AppContext(folder, clock)) {
            CacheFixture fixture = new CacheFixture(context.cache().dsl());
            fixture.officer("wang.fang", OfficerRole.OFFICER, "1000000");
            long supplier = fixture.supplier(fixture.newUscc(), "无锡恒通电子有限公司");
            long debtor = fixture.debtor("核心企业集团有限公司", true, true, null);
            long receivable = fixture.receivable(supplier, debtor, "80000.00", TODAY.minusDays(3), TODAY.plusDays(60));

            assertThat(context.eligibilityScan().scanAll(TODAY, ProgressListener.NONE).scanned()).isEqualTo(1);
            context.receivableReview().verify(List.of(receivable), VerificationDocument.DEBTOR_CONFIRMATION, "wang.fang");

            assertThat(context.cache().dsl().fetchCount(RECEIVABLE_ELIGIBILITY)).isEqualTo(1);
            assertThat(context.receivableReview().history(receivable)).singleElement()
                    .satisfies(t -> assertThat(t.detail()).contains("DEBTOR_CONFIRMATION"));
        }
    }
}
