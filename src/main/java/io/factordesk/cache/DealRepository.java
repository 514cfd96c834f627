package io.factordesk.cache;

import static io.factordesk.cache.jooq.Tables.DEAL_ITEM;
import static io.factordesk.cache.jooq.Tables.FINANCING_DEAL;
import static io.factordesk.cache.jooq.Tables.PARTY;
import static io.factordesk.cache.jooq.Tables.RECEIVABLE;

import io.factordesk.cache.jooq.tables.records.FinancingDealRecord;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.deal.Deal;
import io.factordesk.domain.deal.DealLine;
import io.factordesk.domain.deal.DealListing;
import io.factordesk.domain.deal.DealStatus;
import io.factordesk.domain.deal.DealTerms;
import io.factordesk.domain.deal.DealTotals;
import io.factordesk.domain.deal.FeeKind;
import io.factordesk.domain.deal.FinancedReceivable;
import io.factordesk.domain.deal.HandlingFee;
import io.factordesk.domain.deal.PricedDeal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import io.factordesk.cache.jooq.tables.Party;

/** Financing deals and their lines. Status changes check the row version (optimistic locking). */
public final class DealRepository {

    private static final Party DEBTOR_PARTY = PARTY.as("dp");
    private static final Party SUPPLIER_PARTY = PARTY.as("sp");

    private final DSLContext dsl;

    public DealRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The receivables of one supplier by id, in the order of the ids given; unknown ids are left out. */
    public List<FinancedReceivable> receivablesOfSupplier(long supplierId, Collection<Long> ids) {
        return dsl.select(RECEIVABLE.ID, RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO, DEBTOR_PARTY.USCC,
                        DEBTOR_PARTY.NAME_ZH, RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, RECEIVABLE.FACE_AMOUNT,
                        RECEIVABLE.CONTRACT_REF)
                .from(RECEIVABLE).join(DEBTOR_PARTY).on(DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID))
                .where(RECEIVABLE.SUPPLIER_ID.eq(supplierId).and(RECEIVABLE.ID.in(ids)))
                .orderBy(RECEIVABLE.DUE_DATE, RECEIVABLE.ID)
                .fetch(r -> new FinancedReceivable(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** Which of these receivables already sit in a deal. */
    public Set<Long> alreadyInDeals(Collection<Long> receivableIds) {
        return Set.copyOf(dsl.selectDistinct(DEAL_ITEM.RECEIVABLE_ID).from(DEAL_ITEM)
                .where(DEAL_ITEM.RECEIVABLE_ID.in(receivableIds)).fetch(DEAL_ITEM.RECEIVABLE_ID));
    }

    public long insert(long supplierId, PricedDeal deal, long makerId, LocalDateTime createdAt) {
        DealTerms terms = deal.terms();
        DealTotals totals = deal.totals();
        long id = dsl.insertInto(FINANCING_DEAL)
                .set(FINANCING_DEAL.DEAL_NO, java.util.UUID.randomUUID().toString().replace("-", ""))
                .set(FINANCING_DEAL.SUPPLIER_ID, supplierId)
                .set(FINANCING_DEAL.STATUS, DealStatus.DRAFT.name())
                .set(FINANCING_DEAL.RECOURSE, terms.recourse())
                .set(FINANCING_DEAL.DISCLOSED, terms.disclosed())
                .set(FINANCING_DEAL.FUNDING_DATE, terms.fundingDate())
                .set(FINANCING_DEAL.ADVANCE_RATE, terms.advanceRate())
                .set(FINANCING_DEAL.ANNUAL_RATE, terms.annualRate())
                .set(FINANCING_DEAL.FEE_KIND, terms.fee().kind().name())
                .set(FINANCING_DEAL.FEE_VALUE, terms.fee().value())
                .set(FINANCING_DEAL.TOTAL_FACE, totals.faceAmount())
                .set(FINANCING_DEAL.TOTAL_ADVANCE, totals.advance())
                .set(FINANCING_DEAL.TOTAL_INTEREST, totals.discountInterest())
                .set(FINANCING_DEAL.TOTAL_FEES, totals.fees())
                .set(FINANCING_DEAL.TOTAL_NET, totals.netProceeds())
                .set(FINANCING_DEAL.TOTAL_RESERVE, totals.reserve())
                .set(FINANCING_DEAL.CREATED_BY, makerId)
                .set(FINANCING_DEAL.CREATED_AT, createdAt)
                .returning(FINANCING_DEAL.ID)
                .fetchOne(FINANCING_DEAL.ID);
        dsl.update(FINANCING_DEAL)
                .set(FINANCING_DEAL.DEAL_NO, String.format("FD-%d-%06d", terms.fundingDate().getYear(), id))
                .where(FINANCING_DEAL.ID.eq(id)).execute();
        var insert = dsl.insertInto(DEAL_ITEM, DEAL_ITEM.DEAL_ID, DEAL_ITEM.RECEIVABLE_ID, DEAL_ITEM.FACE_AMOUNT,
                DEAL_ITEM.DAYS, DEAL_ITEM.ADVANCE, DEAL_ITEM.DISCOUNT_INTEREST, DEAL_ITEM.FEE, DEAL_ITEM.NET_PROCEEDS,
                DEAL_ITEM.RESERVE);
        for (DealLine line : deal.lines()) {
            insert = insert.values(id, line.receivable().receivableId(), line.faceAmount(), (int) line.days(),
                    line.advance(), line.discountInterest(), line.fee(), line.netProceeds(), line.reserve());
        }
        insert.execute();
        return id;
    }

    public Optional<Deal> find(long id) {
        return dsl.select(FINANCING_DEAL.asterisk(), SUPPLIER_PARTY.USCC, SUPPLIER_PARTY.NAME_ZH)
                .from(FINANCING_DEAL).join(SUPPLIER_PARTY).on(SUPPLIER_PARTY.ID.eq(FINANCING_DEAL.SUPPLIER_ID))
                .where(FINANCING_DEAL.ID.eq(id))
                .fetchOptional()
                .map(this::toDeal);
    }

    /** The newest deals first, at most limit of them. */
    public List<DealListing> recent(int limit) {
        return dsl.select(FINANCING_DEAL.ID, FINANCING_DEAL.DEAL_NO, SUPPLIER_PARTY.NAME_ZH, FINANCING_DEAL.STATUS,
                        FINANCING_DEAL.TOTAL_ADVANCE, FINANCING_DEAL.CREATED_AT)
                .from(FINANCING_DEAL).join(SUPPLIER_PARTY).on(SUPPLIER_PARTY.ID.eq(FINANCING_DEAL.SUPPLIER_ID))
                .orderBy(FINANCING_DEAL.CREATED_AT.desc(), FINANCING_DEAL.ID.desc())
                .limit(limit)
                .fetch(r -> new DealListing(r.value1(), r.value2(), r.value3(), DealStatus.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }

    /** Moves a deal to a new status if nobody changed it since it was read; false when the version moved. */
    public boolean changeStatus(Deal deal, DealStatus status, Long submitterId, Long approverId,
                                LocalDateTime at) {
        var update = dsl.update(FINANCING_DEAL)
                .set(FINANCING_DEAL.STATUS, status.name())
                .set(FINANCING_DEAL.VERSION, deal.version() + 1);
        if (status == DealStatus.SUBMITTED) {
            update = update.set(FINANCING_DEAL.SUBMITTED_BY, submitterId).set(FINANCING_DEAL.SUBMITTED_AT, at);
        }
        if (status == DealStatus.APPROVED) {
            update = update.set(FINANCING_DEAL.APPROVED_BY, approverId).set(FINANCING_DEAL.APPROVED_AT, at);
        }
        return update.where(FINANCING_DEAL.ID.eq(deal.id()).and(FINANCING_DEAL.VERSION.eq(deal.version())))
                .execute() == 1;
    }

    public void setRegistration(long dealId, String registryNo, java.time.LocalDate registryDate) {
        dsl.update(FINANCING_DEAL)
                .set(FINANCING_DEAL.REGISTRY_NO, registryNo)
                .set(FINANCING_DEAL.REGISTRY_DATE, registryDate)
                .set(FINANCING_DEAL.VERSION, FINANCING_DEAL.VERSION.plus(1))
                .where(FINANCING_DEAL.ID.eq(dealId)).execute();
    }

    /** Records that the contract set was generated: APPROVED becomes CONTRACTED (regeneration keeps it). */
    public void markContracted(Deal deal) {
        if (deal.status() == DealStatus.APPROVED) {
            dsl.update(FINANCING_DEAL)
                    .set(FINANCING_DEAL.STATUS, DealStatus.CONTRACTED.name())
                    .set(FINANCING_DEAL.VERSION, FINANCING_DEAL.VERSION.plus(1))
                    .where(FINANCING_DEAL.ID.eq(deal.id()))
                    .execute();
        }
    }

    /** Marks the receivables of a deal, e.g. FINANCED once it is approved. */
    public void markReceivables(long dealId, ReceivableStatus status) {
        dsl.update(RECEIVABLE)
                .set(RECEIVABLE.STATUS, status.name())
                .set(RECEIVABLE.VERSION, RECEIVABLE.VERSION.plus(1))
                .where(RECEIVABLE.ID.in(dsl.select(DEAL_ITEM.RECEIVABLE_ID).from(DEAL_ITEM)
                        .where(DEAL_ITEM.DEAL_ID.eq(dealId))))
                .execute();
    }

    private Deal toDeal(Record r) {
        FinancingDealRecord d = r.into(FINANCING_DEAL);
        DealTerms terms = new DealTerms(d.getFundingDate(), d.getAdvanceRate().stripTrailingZeros(),
                d.getAnnualRate().stripTrailingZeros(), fee(d), d.getRecourse(), d.getDisclosed());
        List<DealLine> lines = lines(d.getId());
        PricedDeal priced = new PricedDeal(terms, lines, DealTotals.of(lines));
        return new Deal(d.getId(), d.getDealNo(), d.getSupplierId(), r.get(SUPPLIER_PARTY.USCC),
                r.get(SUPPLIER_PARTY.NAME_ZH), DealStatus.valueOf(d.getStatus()), priced, d.getRegistryNo(),
                d.getRegistryDate(), d.getCreatedBy(), d.getSubmittedBy(), d.getApprovedBy(), d.getApprovedAt(),
                d.getVersion());
    }

    private static HandlingFee fee(FinancingDealRecord d) {
        FeeKind kind = FeeKind.valueOf(d.getFeeKind());
        return switch (kind) {
            case NONE -> HandlingFee.NONE;
            case FIXED -> HandlingFee.fixed(d.getFeeValue().setScale(2, java.math.RoundingMode.HALF_UP));
            case PERCENT -> HandlingFee.percent(d.getFeeValue().stripTrailingZeros());
        };
    }

    private List<DealLine> lines(long dealId) {
        return dsl.select(DEAL_ITEM.RECEIVABLE_ID, RECEIVABLE.INVOICE_CODE, RECEIVABLE.INVOICE_NO, DEBTOR_PARTY.USCC,
                        DEBTOR_PARTY.NAME_ZH, RECEIVABLE.ISSUE_DATE, RECEIVABLE.DUE_DATE, DEAL_ITEM.FACE_AMOUNT,
                        RECEIVABLE.CONTRACT_REF, DEAL_ITEM.DAYS, DEAL_ITEM.ADVANCE, DEAL_ITEM.DISCOUNT_INTEREST,
                        DEAL_ITEM.FEE, DEAL_ITEM.NET_PROCEEDS, DEAL_ITEM.RESERVE)
                .from(DEAL_ITEM)
                .join(RECEIVABLE).on(RECEIVABLE.ID.eq(DEAL_ITEM.RECEIVABLE_ID))
                .join(DEBTOR_PARTY).on(DEBTOR_PARTY.ID.eq(RECEIVABLE.DEBTOR_ID))
                .where(DEAL_ITEM.DEAL_ID.eq(dealId))
                .orderBy(DEAL_ITEM.ID)
                .fetch(r -> new DealLine(new FinancedReceivable(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9()), r.value10(), r.value11(),
                        r.value12(), r.value13(), r.value14(), r.value15()));
    }
}
