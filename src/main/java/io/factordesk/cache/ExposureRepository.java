package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import io.factordesk.domain.PortfolioTotals;
import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Portfolio-wide open and overdue exposure, summed in H2 in one pass over the receivables. */
public final class ExposureRepository {

    private static final List<String> OPEN_STATUSES = List.of(
            ReceivableStatus.OPEN.name(), ReceivableStatus.VERIFIED.name(), ReceivableStatus.HELD.name(),
            ReceivableStatus.FINANCED.name());

    private final DSLContext dsl;

    public ExposureRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public PortfolioTotals totals(LocalDate asOf) {
        Condition overdue = RECEIVABLE.DUE_DATE.lt(asOf);
        Field<BigDecimal> outstanding = RECEIVABLE.FACE_AMOUNT.minus(RECEIVABLE.PAID_AMOUNT)
                .minus(RECEIVABLE.CREDIT_NOTE_AMOUNT);
        var row = dsl.select(count(), coalesce(sum(RECEIVABLE.FACE_AMOUNT), BigDecimal.ZERO),
                        sum(when(overdue, 1).otherwise(0)),
                        coalesce(sum(when(overdue, outstanding).otherwise(BigDecimal.ZERO)), BigDecimal.ZERO))
                .from(RECEIVABLE)
                .where(RECEIVABLE.STATUS.in(OPEN_STATUSES))
                .fetchSingle();
        long overdueCount = row.value3() == null ? 0 : row.value3().longValue();
        return new PortfolioTotals(asOf, dsl.fetchCount(SUPPLIER), dsl.fetchCount(DEBTOR), row.value1(),
                row.value2(), overdueCount, row.value4());
    }
}
