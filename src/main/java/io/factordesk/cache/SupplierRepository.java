package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.BANK_ACCOUNT;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.PARTY_ADDRESS;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;
import static io.factordesk.cache.jooq.Tables.TRADING_MONTH;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import io.factordesk.domain.Party;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.SupplierDetail;
import io.factordesk.domain.SupplierSummary;
import io.factordesk.domain.TradingMonth;
import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Read side of suppliers: the list with open exposure, and one supplier's detail. */
public final class SupplierRepository {

    private static final List<String> OPEN_STATUSES = List.of(
            ReceivableStatus.OPEN.name(), ReceivableStatus.VERIFIED.name(), ReceivableStatus.HELD.name(),
            ReceivableStatus.FINANCED.name());

    private final DSLContext dsl;

    public SupplierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** All suppliers with their open receivables count and face amount, by Chinese name. */
    public List<SupplierSummary> summaries() {
        return summaries(DSL.noCondition());
    }

    private List<SupplierSummary> summaries(org.jooq.Condition condition) {
        Table<Record3<Long, Integer, BigDecimal>> open = openExposure().asTable("open_exposure");
        Field<Long> openSupplier = open.field(0, Long.class);
        Field<Integer> openCount = open.field(1, Integer.class);
        Field<BigDecimal> openFace = open.field(2, BigDecimal.class);
        return dsl.select(PARTY.ID, PARTY.USCC, PARTY.NAME_ZH, PARTY.NAME_EN, PARTY.REGION, PARTY.INDUSTRY,
                        SUPPLIER.STATUS, SUPPLIER.ONBOARDED_ON, coalesce(openCount, 0),
                        coalesce(openFace, BigDecimal.ZERO))
                .from(SUPPLIER)
                .join(PARTY).on(PARTY.ID.eq(SUPPLIER.PARTY_ID))
                .leftJoin(open).on(openSupplier.eq(SUPPLIER.PARTY_ID))
                .where(condition)
                .orderBy(PARTY.NAME_ZH)
                .fetch(r -> new SupplierSummary(r.value1(), Uscc.of(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    private org.jooq.Select<Record3<Long, Integer, BigDecimal>> openExposure() {
        // Aliased: H2 cannot address unnamed aggregates of a derived table (open_exposure.count fails).
        return dsl.select(RECEIVABLE.SUPPLIER_ID, count().as("open_count"),
                        sum(RECEIVABLE.FACE_AMOUNT).as("open_face"))
                .from(RECEIVABLE)
                .where(RECEIVABLE.STATUS.in(OPEN_STATUSES))
                .groupBy(RECEIVABLE.SUPPLIER_ID);
    }

    public Optional<SupplierDetail> detail(long supplierId) {
        Optional<SupplierSummary> summary = summaries(SUPPLIER.PARTY_ID.eq(supplierId)).stream().findFirst();
        return summary.map(s -> new SupplierDetail(s, party(supplierId), addresses(supplierId),
                bankAccounts(supplierId), tradingHistory(supplierId)));
    }

    public Optional<Long> idOf(Uscc uscc) {
        return dsl.select(SUPPLIER.PARTY_ID).from(SUPPLIER).join(PARTY).on(PARTY.ID.eq(SUPPLIER.PARTY_ID))
                .where(PARTY.USCC.eq(uscc.value())).fetchOptional(SUPPLIER.PARTY_ID);
    }

    private Party party(long id) {
        return dsl.selectFrom(PARTY).where(PARTY.ID.eq(id)).fetchSingle(PartyRepository::toParty);
    }

    private List<SupplierDetail.Address> addresses(long partyId) {
        return dsl.selectFrom(PARTY_ADDRESS).where(PARTY_ADDRESS.PARTY_ID.eq(partyId)).orderBy(PARTY_ADDRESS.ID)
                .fetch(r -> new SupplierDetail.Address(r.getKind(), r.getLineZh(), r.getLineEn(), r.getCity(),
                        r.getPostcode()));
    }

    private List<SupplierDetail.BankAccount> bankAccounts(long partyId) {
        return dsl.selectFrom(BANK_ACCOUNT).where(BANK_ACCOUNT.PARTY_ID.eq(partyId)).orderBy(BANK_ACCOUNT.ID)
                .fetch(r -> new SupplierDetail.BankAccount(r.getBankName(), r.getAccountName(), r.getAccountNo(),
                        r.getCurrency(), r.getPurpose()));
    }

    /** Monthly sales summed over all debtors, oldest first. */
    public List<TradingMonth> tradingHistory(long supplierId) {
        return dsl.select(TRADING_MONTH.MONTH_START, sum(TRADING_MONTH.SALES), sum(TRADING_MONTH.RETURNS_AMOUNT),
                        sum(TRADING_MONTH.DISPUTES_AMOUNT), sum(TRADING_MONTH.INVOICE_COUNT))
                .from(TRADING_MONTH)
                .where(TRADING_MONTH.SUPPLIER_ID.eq(supplierId))
                .groupBy(TRADING_MONTH.MONTH_START)
                .orderBy(TRADING_MONTH.MONTH_START)
                .fetch(r -> new TradingMonth(supplierId, 0L, YearMonth.from(r.value1()), r.value2(), r.value3(),
                        r.value4(), r.value5() == null ? 0 : r.value5().intValue()));
    }
}
