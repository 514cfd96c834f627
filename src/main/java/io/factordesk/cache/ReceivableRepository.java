package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivablePage;
import io.factordesk.domain.ReceivableQuery;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.Uscc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import io.factordesk.cache.jooq.tables.Party;

/** Pages of receivables with supplier and debtor names; filtering and sorting happen in H2. */
public final class ReceivableRepository {

    private static final Party SUPPLIER_PARTY = PARTY.as("sp");
    private static final Party DEBTOR_PARTY = PARTY.as("dp");

    private final DSLContext dsl;

    public ReceivableRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ReceivablePage page(ReceivableQuery query) {
        Condition where = conditionFor(query);
        long total = dsl.fetchCount(RECEIVABLE, where);
        List<Receivable> rows = dsl.select(columns())
                .from(RECEIVABLE)
                .join(SUPPLIER_PARTY).on(SUPPLIER_PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID))
                .join(DEBTOR_PARTY).on(DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID))
                .where(where)
                .orderBy(sortFields(query))
                .limit(query.limit())
                .offset(query.offset())
                .fetch(ReceivableRepository::toReceivable);
        return new ReceivablePage(rows, total, query.offset());
    }

    public Optional<Receivable> find(long id) {
        return dsl.select(columns())
                .from(RECEIVABLE)
                .join(SUPPLIER_PARTY).on(SUPPLIER_PARTY.ID.eq(RECEIVABLE.SUPPLIER_ID))
                .join(DEBTOR_PARTY).on(DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID))
                .where(RECEIVABLE.ID.eq(id))
                .fetchOptional(ReceivableRepository::toReceivable);
    }

    private static Condition conditionFor(ReceivableQuery query) {
        Condition where = DSL.noCondition();
        if (query.supplierId() != null) {
            where = where.and(RECEIVABLE.SUPPLIER_ID.eq(query.supplierId()));
        }
        if (query.status() != null) {
            where = where.and(RECEIVABLE.STATUS.eq(query.status().name()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            where = where.and(RECEIVABLE.INVOICE_NO.eq(text)
                    .or(RECEIVABLE.INVOICE_CODE.eq(text))
                    .or(RECEIVABLE.CONTRACT_REF.eq(text)));
        }
        return where;
    }

    private static List<SortField<?>> sortFields(ReceivableQuery query) {
        Field<?> column = switch (query.sort()) {
            case ID -> RECEIVABLE.ID;
            case INVOICE_NO -> RECEIVABLE.INVOICE_NO;
            case ISSUE_DATE -> RECEIVABLE.ISSUE_DATE;
            case DUE_DATE -> RECEIVABLE.DUE_DATE;
            case FACE_AMOUNT -> RECEIVABLE.FACE_AMOUNT;
            case SUPPLIER -> SUPPLIER_PARTY.NAME_ZH;
            case DEBTOR -> DEBTOR_PARTY.NAME_ZH;
            case STATUS -> RECEIVABLE.STATUS;
        };
        List<SortField<?>> fields = new ArrayList<>(2);
        fields.add(query.descending() ? column.desc() : column.asc());
        if (column != RECEIVABLE.ID) {
            fields.add(query.descending() ? RECEIVABLE.ID.desc() : RECEIVABLE.ID.asc());
        }
        return fields;
    }

    private static List<Field<?>> columns() {
        return List.of(RECEIVABLE.ID, RECEIVABLE.SUPPLIER_ID, SUPPLIER_PARTY.NAME_ZH, SUPPLIER_PARTY.NAME_EN,
                SUPPLIER_PARTY.USCC, RECEIVABLE.DEBTOR_ID, DEBTOR_PARTY.NAME_ZH, DEBTOR_PARTY.NAME_EN, DEBTOR_PARTY.USCC, RECEIVABLE.INVOICE_CODE,
                RECEIVABLE.INVOICE_NO, RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT,
                RECEIVABLE.CURRENCY, RECEIVABLE.CONTRACT_REF, RECEIVABLE.STATUS, RECEIVABLE.PAID_AMOUNT,
                RECEIVABLE.PAID_ON, RECEIVABLE.DISPUTED, RECEIVABLE.CREDIT_NOTE_AMOUNT);
    }

    private static Receivable toReceivable(Record r) {
        return new Receivable(r.get(RECEIVABLE.ID), r.get(RECEIVABLE.SUPPLIER_ID), r.get(SUPPLIER_PARTY.NAME_ZH),
                r.get(SUPPLIER_PARTY.NAME_EN), Uscc.of(r.get(SUPPLIER_PARTY.USCC)), r.get(RECEIVABLE.DEBTOR_ID),
                r.get(DEBTOR_PARTY.NAME_ZH), r.get(DEBTOR_PARTY.NAME_EN), Uscc.of(r.get(DEBTOR_PARTY.USCC)), r.get(RECEIVABLE.INVOICE_CODE), r.get(RECEIVABLE.INVOICE_NO),
                r.get(RECEIVABLE.ISSUE_DATE), r.get(RECEIVABLE.DUE_DATE), r.get(RECEIVABLE.FACE_AMOUNT),
                r.get(RECEIVABLE.CURRENCY), r.get(RECEIVABLE.CONTRACT_REF),
                ReceivableStatus.valueOf(r.get(RECEIVABLE.STATUS)), r.get(RECEIVABLE.PAID_AMOUNT),
                r.get(RECEIVABLE.PAID_ON), r.get(RECEIVABLE.DISPUTED), r.get(RECEIVABLE.CREDIT_NOTE_AMOUNT));
    }
}
