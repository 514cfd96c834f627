package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import io.factordesk.domain.AgingBucket;
import io.factordesk.domain.DebtorExposure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Aging of the unpaid book by days past due, and concentration by debtor, in one query each. The
 * bands compare due dates with bound dates computed here, so the SQL is portable and uses the index.
 */
public final class AgingRepository {

    private static final List<String> UNPAID = List.of("OPEN", "VERIFIED", "HELD", "FINANCED");
    private static final Field<BigDecimal> OUTSTANDING =
            RECEIVABLE.FACE_AMOUNT.minus(RECEIVABLE.PAID_AMOUNT).minus(RECEIVABLE.CREDIT_NOTE_AMOUNT);

    private final DSLContext dsl;

    public AgingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AgingBucket> aging(LocalDate asOf) {
        AgingBucket.Band[] bands = AgingBucket.Band.values();
        List<Field<?>> fields = new ArrayList<>();
        for (AgingBucket.Band band : bands) {
            Condition in = inBand(band, asOf);
            fields.add(count().filterWhere(in));
            fields.add(sum(OUTSTANDING).filterWhere(in));
        }
        Record row = dsl.select(fields).from(RECEIVABLE).where(RECEIVABLE.STATUS.in(UNPAID)).fetchSingle();
        List<AgingBucket> buckets = new ArrayList<>(bands.length);
        for (int i = 0; i < bands.length; i++) {
            BigDecimal amount = row.get(2 * i + 1, BigDecimal.class);
            buckets.add(new AgingBucket(bands[i], row.get(2 * i, Integer.class),
                    amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.UNNECESSARY)));
        }
        return buckets;
    }

    /** Days past due d means due on asOf - d; a band [from, to] is due between asOf - to and asOf - from. */
    private static Condition inBand(AgingBucket.Band band, LocalDate asOf) {
        if (band == AgingBucket.Band.CURRENT) {
            return RECEIVABLE.DUE_DATE.ge(asOf);
        }
        Condition notLater = RECEIVABLE.DUE_DATE.le(asOf.minusDays(band.fromDays()));
        return band.toDays() == Integer.MAX_VALUE ? notLater
                : notLater.and(RECEIVABLE.DUE_DATE.ge(asOf.minusDays(band.toDays())));
    }

    /** Debtors by unpaid balance, largest first. */
    public List<DebtorExposure> concentration() {
        var rows = dsl.select(RECEIVABLE.DEBTOR_ID, PARTY.NAME_ZH, PARTY.NAME_EN, count(), sum(OUTSTANDING))
                .from(RECEIVABLE).join(PARTY).on(PARTY.ID.eq(RECEIVABLE.DEBTOR_ID))
                .where(RECEIVABLE.STATUS.in(UNPAID))
                .groupBy(RECEIVABLE.DEBTOR_ID, PARTY.NAME_ZH, PARTY.NAME_EN)
                .orderBy(sum(OUTSTANDING).desc(), RECEIVABLE.DEBTOR_ID)
                .fetch();
        BigDecimal total = rows.stream().map(r -> r.value5()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return rows.stream().map(r -> new DebtorExposure(r.value1(), r.value2(), r.value3(), r.value4(),
                r.value5().setScale(2, RoundingMode.UNNECESSARY),
                total.signum() == 0 ? BigDecimal.ZERO : r.value5().divide(total, 6, RoundingMode.HALF_UP))).toList();
    }
}
