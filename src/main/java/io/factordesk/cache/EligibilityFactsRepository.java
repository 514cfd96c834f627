package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEBTOR;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_RELATION;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.eligibility.DebtorProfile;
import io.factordesk.domain.eligibility.ReceivableFacts;
import io.factordesk.domain.eligibility.SupplierDebtorPair;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record12;

/** What the eligibility scan reads from the cache, streamed so a large cache is never held as records. */
public final class EligibilityFactsRepository {

    private static final int FETCH_SIZE = 5_000;

    private final DSLContext dsl;

    public EligibilityFactsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<Long, DebtorProfile> debtorProfiles() {
        return dsl.select(DEBTOR.PARTY_ID, PARTY.NAME_ZH, DEBTOR.APPROVED, DEBTOR.CREDIT_LIMIT, DEBTOR.CORE_ENTERPRISE)
                .from(DEBTOR).join(PARTY).on(PARTY.ID.eq(DEBTOR.PARTY_ID))
                .fetch(r -> new DebtorProfile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()))
                .stream().collect(Collectors.toMap(DebtorProfile::debtorId, p -> p));
    }

    /** Related pairs in both directions: a relation between two parties taints either as the other's debtor. */
    public Set<SupplierDebtorPair> relatedPairs() {
        Set<SupplierDebtorPair> pairs = new HashSet<>();
        dsl.select(PARTY_RELATION.PARTY_ID, PARTY_RELATION.RELATED_PARTY_ID).from(PARTY_RELATION).forEach(r -> {
            pairs.add(new SupplierDebtorPair(r.value1(), r.value2()));
            pairs.add(new SupplierDebtorPair(r.value2(), r.value1()));
        });
        return pairs;
    }

    /** Every receivable in id order. */
    public void forEachReceivable(Consumer<ReceivableFacts> consumer) {
        try (Cursor<Record12<Long, Long, Long, String, String, java.time.LocalDate, java.time.LocalDate,
                java.math.BigDecimal, java.math.BigDecimal, java.math.BigDecimal, String, Boolean>> cursor =
                     dsl.select(RECEIVABLE.ID, RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID, RECEIVABLE.INVOICE_CODE,
                                     RECEIVABLE.INVOICE_NO, RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE,
                                     RECEIVABLE.FACE_AMOUNT, RECEIVABLE.PAID_AMOUNT, RECEIVABLE.CREDIT_NOTE_AMOUNT,
                                     RECEIVABLE.STATUS, RECEIVABLE.DISPUTED)
                             .from(RECEIVABLE)
                             .orderBy(RECEIVABLE.ID)
                             .fetchSize(FETCH_SIZE)
                             .fetchLazy()) {
            for (var r : cursor) {
                consumer.accept(new ReceivableFacts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                        ReceivableStatus.valueOf(r.value11()), r.value12()));
            }
        }
    }
}
