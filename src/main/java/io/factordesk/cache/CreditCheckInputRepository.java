package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEAL_ITEM;
import static io.factordesk.cache.jooq.Tables.FINANCING_DEAL;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;
import static io.factordesk.cache.jooq.Tables.SUPPLIER;
import static io.factordesk.cache.jooq.Tables.TRADING_MONTH;

import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.TradingMonth;
import io.factordesk.domain.credit.CreditFile;
import io.factordesk.domain.credit.CreditParty;
import io.factordesk.domain.credit.ReviewedReceivable;
import io.factordesk.domain.eligibility.EligibilityResult;
import io.factordesk.domain.eligibility.RuleFailure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * Reads the credit files of one supplier or of the whole portfolio with the same handful of set-based
 * queries (suppliers, trading months, open receivables, financed history, then the debtors' and
 * parties' facts), never one query per supplier. The eligibility results come from the caller.
 */
public final class CreditCheckInputRepository {

    /** Months of trading a credit check reads, ending with the last complete month before the as-of date. */
    public static final int TRADING_MONTHS = 24;
    /** A debtor whose balance failed this eligibility rule counts as in default. */
    static final String CROSS_AGING = "CROSS_AGING";
    private static final String NOT_REVIEWED = "NOT_REVIEWED";
    private static final List<String> OPEN_STATUSES = List.of(ReceivableStatus.OPEN.name(),
            ReceivableStatus.VERIFIED.name(), ReceivableStatus.HELD.name());
    /** Deal states in which the receivables were financed (or about to be). */
    private static final List<String> FINANCED_DEALS = List.of("APPROVED", "CONTRACTED");

    private static final int FETCH_SIZE = 5_000;

    private final DSLContext dsl;

    public CreditCheckInputRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<CreditFile> creditFile(long supplierId, LocalDate asOf, Map<Long, EligibilityResult> eligibility) {
        return load(supplierId, asOf, eligibility).stream().findFirst();
    }

    /** Every supplier's credit file, in supplier id order. */
    public List<CreditFile> creditFiles(LocalDate asOf, Map<Long, EligibilityResult> eligibility) {
        return load(null, asOf, eligibility);
    }

    private List<CreditFile> load(Long supplierId, LocalDate asOf, Map<Long, EligibilityResult> eligibility) {
        Map<Long, Builder> files = new LinkedHashMap<>();
        dsl.select(PARTY.ID, PARTY.USCC, PARTY.NAME_ZH, PARTY.REGISTERED_ON, PARTY.REGISTERED_CAPITAL, PARTY.INDUSTRY,
                        PARTY.REGION)
                .from(SUPPLIER).join(PARTY).on(PARTY.ID.eq(SUPPLIER.PARTY_ID))
                .where(scope(SUPPLIER.PARTY_ID, supplierId))
                .orderBy(PARTY.ID)
                .forEach(r -> files.put(r.value1(), new Builder(r.value1())));
        if (files.isEmpty()) {
            return List.of();
        }
        readTrading(supplierId, asOf, files);
        readReceivables(supplierId, eligibility, files);
        readHistory(supplierId, asOf, files);

        Set<Long> debtorIds = new HashSet<>();
        files.values().forEach(f -> debtorIds.addAll(f.debtorIds));
        Set<Long> partyIds = new HashSet<>(debtorIds);
        partyIds.addAll(files.keySet());
        CreditParties parties = CreditParties.read(dsl, supplierId == null ? null : partyIds);
        CreditFileDebtors debtors = CreditFileDebtors.read(dsl, parties, supplierId == null ? null : debtorIds);

        List<CreditFile> result = new ArrayList<>(files.size());
        for (Builder file : files.values()) {
            CreditParty supplier = parties.party(file.supplierId);
            result.add(new CreditFile(supplier, asOf, file.trading, file.receivables,
                    debtors.of(file.supplierId, file.debtorIds, file.crossAgedDebtors),
                    file.deals.size(), file.maxDaysPastDue));
        }
        return result;
    }

    private void readTrading(Long supplierId, LocalDate asOf, Map<Long, Builder> files) {
        YearMonth lastMonth = YearMonth.from(asOf).minusMonths(1);
        LocalDate from = lastMonth.minusMonths(TRADING_MONTHS - 1L).atDay(1);
        streamed(dsl.select(TRADING_MONTH.SUPPLIER_ID, TRADING_MONTH.DEBTOR_ID, TRADING_MONTH.MONTH_START,
                        TRADING_MONTH.SALES, TRADING_MONTH.RETURNS_AMOUNT, TRADING_MONTH.DISPUTES_AMOUNT,
                        TRADING_MONTH.INVOICE_COUNT)
                .from(TRADING_MONTH)
                .where(scope(TRADING_MONTH.SUPPLIER_ID, supplierId))
                .and(TRADING_MONTH.MONTH_START.ge(from)).and(TRADING_MONTH.MONTH_START.le(lastMonth.atDay(1)))
                .orderBy(TRADING_MONTH.SUPPLIER_ID, TRADING_MONTH.DEBTOR_ID, TRADING_MONTH.MONTH_START), r -> {
                    Builder file = files.get(r.value1());
                    if (file != null) {
                        file.debtorIds.add(r.value2());
                        file.trading.add(new TradingMonth(r.value1(), r.value2(), YearMonth.from(r.value3()),
                                r.value4(), r.value5(), r.value6(), r.value7() == null ? 0 : r.value7()));
                    }
                });
    }

    private void readReceivables(Long supplierId, Map<Long, EligibilityResult> eligibility, Map<Long, Builder> files) {
        streamed(dsl.select(RECEIVABLE.ID, RECEIVABLE.SUPPLIER_ID, RECEIVABLE.DEBTOR_ID, RECEIVABLE.INVOICE_CODE,
                        RECEIVABLE.INVOICE_NO, RECEIVABLE.FACE_AMOUNT, RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE)
                .from(RECEIVABLE)
                .where(scope(RECEIVABLE.SUPPLIER_ID, supplierId))
                .and(RECEIVABLE.STATUS.in(OPEN_STATUSES))
                .and(RECEIVABLE.FACE_AMOUNT.gt(RECEIVABLE.PAID_AMOUNT.plus(RECEIVABLE.CREDIT_NOTE_AMOUNT)))
                .orderBy(RECEIVABLE.ID), r -> {
                    Builder file = files.get(r.value2());
                    if (file == null) {
                        return;
                    }
                    EligibilityResult result = eligibility.get(r.value1());
                    List<String> failed = result == null ? List.of(NOT_REVIEWED)
                            : result.failures().stream().map(RuleFailure::rule).map(Enum::name).toList();
                    if (failed.contains(CROSS_AGING)) {
                        file.crossAgedDebtors.add(r.value3());
                    }
                    file.debtorIds.add(r.value3());
                    file.receivables.add(new ReviewedReceivable(r.value1(), r.value4(), r.value5(), r.value3(),
                            r.value6(), r.value7(), r.value8(), failed));
                });
    }

    /** Financed deals and, over their receivables, the worst lateness: paid late, or still unpaid past due. */
    private void readHistory(Long supplierId, LocalDate asOf, Map<Long, Builder> files) {
        dsl.select(FINANCING_DEAL.SUPPLIER_ID, FINANCING_DEAL.ID, RECEIVABLE.DUE_DATE, RECEIVABLE.PAID_ON,
                        RECEIVABLE.STATUS)
                .from(FINANCING_DEAL)
                .join(DEAL_ITEM).on(DEAL_ITEM.DEAL_ID.eq(FINANCING_DEAL.ID))
                .join(RECEIVABLE).on(RECEIVABLE.ID.eq(DEAL_ITEM.RECEIVABLE_ID))
                .where(scope(FINANCING_DEAL.SUPPLIER_ID, supplierId))
                .and(FINANCING_DEAL.STATUS.in(FINANCED_DEALS))
                .and(FINANCING_DEAL.FUNDING_DATE.le(asOf))
                .forEach(r -> {
                    Builder file = files.get(r.value1());
                    if (file == null) {
                        return;
                    }
                    file.deals.add(r.value2());
                    LocalDate settled = r.value4() != null ? r.value4()
                            : ReceivableStatus.PAID.name().equals(r.value5()) ? r.value3() : asOf;
                    long late = ChronoUnit.DAYS.between(r.value3(), settled.isAfter(asOf) ? asOf : settled);
                    file.maxDaysPastDue = (int) Math.max(file.maxDaysPastDue, Math.max(0, late));
                });
    }

    /** Rows one by one from an open cursor, so the whole portfolio is never held as jOOQ records. */
    private static <R extends Record> void streamed(ResultQuery<R> query, Consumer<R> each) {
        try (Cursor<R> cursor = query.fetchSize(FETCH_SIZE).fetchLazy()) {
            cursor.forEach(each);
        }
    }

    private static Condition scope(Field<Long> supplierColumn, Long supplierId) {
        return supplierId == null ? DSL.noCondition() : supplierColumn.eq(supplierId);
    }

    private static final class Builder {
        final long supplierId;
        final List<TradingMonth> trading = new ArrayList<>();
        final List<ReviewedReceivable> receivables = new ArrayList<>();
        final Set<Long> debtorIds = new java.util.TreeSet<>();
        final Set<Long> crossAgedDebtors = new HashSet<>();
        final Set<Long> deals = new HashSet<>();
        int maxDaysPastDue;

        Builder(long supplierId) {
            this.supplierId = supplierId;
        }
    }
}
