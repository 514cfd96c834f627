package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY_RELATION;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;
import static io.factordesk.cache.jooq.Tables.TRADING_MONTH;
import static org.jooq.impl.DSL.sum;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.credit.CreditFileDebtor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The debtors' side of the credit files: ratings and limits, related parties, debtors that also sell
 * to the supplier, and what is financed on each debtor for every supplier (for the limit headroom).
 */
final class CreditFileDebtors {

    private static final String DEFAULT_RATING = "D";

    private record Pair(long supplierId, long debtorId) {
    }

    private record DebtorRow(String rating, boolean core, BigDecimal creditLimit) {
    }

    private final CreditParties parties;
    private final Map<Long, DebtorRow> debtors = new HashMap<>();
    private final Set<Pair> related = new HashSet<>();
    private final Set<Pair> trading = new HashSet<>();
    private final Map<Long, BigDecimal> financedOnDebtor = new HashMap<>();
    private final Map<Pair, BigDecimal> financedForSupplier = new HashMap<>();

    private CreditFileDebtors(CreditParties parties) {
        this.parties = parties;
    }

    /** @param debtorIds the debtors to read; null reads every debtor */
    static CreditFileDebtors read(DSLContext dsl, CreditParties parties, Set<Long> debtorIds) {
        CreditFileDebtors d = new CreditFileDebtors(parties);
        dsl.select(DEBTOR.PARTY_ID, DEBTOR.RATING, DEBTOR.CORE_ENTERPRISE, DEBTOR.CREDIT_LIMIT).from(DEBTOR)
                .where(CreditParties.among(DEBTOR.PARTY_ID, debtorIds))
                .forEach(r -> d.debtors.put(r.value1(), new DebtorRow(r.value2(), Boolean.TRUE.equals(r.value3()),
                        r.value4())));
        dsl.select(PARTY_RELATION.PARTY_ID, PARTY_RELATION.RELATED_PARTY_ID).from(PARTY_RELATION).forEach(r -> {
            d.related.add(new Pair(r.value1(), r.value2()));
            d.related.add(new Pair(r.value2(), r.value1()));
        });
        // Only pairs whose debtor is itself a supplier can show a debtor selling back to its supplier.
        dsl.selectDistinct(TRADING_MONTH.SUPPLIER_ID, TRADING_MONTH.DEBTOR_ID).from(TRADING_MONTH)
                .where(TRADING_MONTH.DEBTOR_ID.in(dsl.select(SUPPLIER.PARTY_ID).from(SUPPLIER)))
                .union(dsl.selectDistinct(RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID).from(RECEIVABLE)
                        .where(RECEIVABLE.DEBTOR_ID.in(dsl.select(SUPPLIER.PARTY_ID).from(SUPPLIER))))
                .forEach(r -> d.trading.add(new Pair(r.value1(), r.value2())));
        dsl.select(RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID,
                        sum(RECEIVABLE.FACE_AMOUNT.minus(RECEIVABLE.PAID_AMOUNT).minus(RECEIVABLE.CREDIT_NOTE_AMOUNT)))
                .from(RECEIVABLE)
                .where(RECEIVABLE.STATUS.eq(ReceivableStatus.FINANCED.name()))
                .groupBy(RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID)
                .forEach(r -> {
                    BigDecimal outstanding = r.value3() == null ? BigDecimal.ZERO : r.value3().max(BigDecimal.ZERO);
                    d.financedForSupplier.put(new Pair(r.value1(), r.value2()), outstanding);
                    d.financedOnDebtor.merge(r.value2(), outstanding, BigDecimal::add);
                });
        return d;
    }

    List<CreditFileDebtor> of(long supplierId, Set<Long> debtorIds, Set<Long> crossAged) {
        List<CreditFileDebtor> result = new ArrayList<>(debtorIds.size());
        for (long debtorId : debtorIds) {
            DebtorRow row = debtors.get(debtorId);
            if (row == null) {
                throw new IllegalStateException("debtor " + debtorId + " is referenced but missing from the cache");
            }
            boolean inDefault = DEFAULT_RATING.equalsIgnoreCase(row.rating() == null ? "" : row.rating().strip())
                    || crossAged.contains(debtorId);
            result.add(new CreditFileDebtor(parties.party(debtorId), row.rating(), row.core(), inDefault,
                    related.contains(new Pair(supplierId, debtorId)), trading.contains(new Pair(debtorId, supplierId)),
                    headroom(supplierId, debtorId, row.creditLimit())));
        }
        return result;
    }

    /** The debtor's limit less what is financed on it for other suppliers. */
    private BigDecimal headroom(long supplierId, long debtorId, BigDecimal creditLimit) {
        if (creditLimit == null) {
            return null;
        }
        BigDecimal elsewhere = financedOnDebtor.getOrDefault(debtorId, BigDecimal.ZERO)
                .subtract(financedForSupplier.getOrDefault(new Pair(supplierId, debtorId), BigDecimal.ZERO));
        return creditLimit.subtract(elsewhere).max(BigDecimal.ZERO);
    }
}
