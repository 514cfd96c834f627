package io.factordesk.service.demo;

import io.factordesk.cache.ReceivableRow;
import io.factordesk.domain.ReceivableStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides where an invoice stands on the as-of date: paid around its due date (a slow payer leaves
 * many old invoices unpaid), or still open, verified or financed; a few disputed (held) or reduced
 * by a credit note.
 */
final class ReceivableLifecycle {

    static final String[] DISPUTE_REASONS = {
        "质量异议：部分批次尺寸超差 / Quality complaint: a batch is out of tolerance",
        "交货延迟，买方扣减违约金 / Late delivery: buyer deducts a penalty",
        "数量短缺：到货少于发票数量 / Short delivery against the invoice",
        "价格争议：未按合同单价开票 / Invoiced price differs from the contract",
    };
    private static final List<String> VERIFICATION_DOCUMENTS =
            List.of("TAX_PORTAL_CHECK", "DEBTOR_CONFIRMATION", "DELIVERY_RECEIPT");
    private static final int DISPUTE_WINDOW_DAYS = 180;

    private final LocalDate asOf;
    private final long officerId;

    ReceivableLifecycle(LocalDate asOf, long officerId) {
        this.asOf = asOf;
        this.officerId = officerId;
    }

    ReceivableRow decide(InvoiceDraft draft, SplittableRandom random) {
        LocalDate due = draft.dueDate();
        long creditNoteFen = random.nextInt(1000) < 20 ? draft.faceFen() * (5 + random.nextInt(26)) / 100 : 0;
        boolean recent = !draft.issueDate().isBefore(asOf.minusDays(DISPUTE_WINDOW_DAYS));
        if (recent && random.nextInt(1000) < 12) {
            String reason = DISPUTE_REASONS[random.nextInt(DISPUTE_REASONS.length)];
            return row(draft, ReceivableStatus.HELD, null, creditNoteFen, reason, random);
        }
        if (due.isBefore(asOf) && paid(draft, due, random)) {
            LocalDate paidOn = due.plusDays(random.nextInt(31) - 10L);
            if (!paidOn.isAfter(draft.issueDate())) {
                paidOn = draft.issueDate().plusDays(1);
            }
            if (paidOn.isAfter(asOf)) {
                paidOn = asOf;
            }
            return row(draft, ReceivableStatus.PAID, paidOn, creditNoteFen, null, random);
        }
        return row(draft, openStatus(draft, random), null, creditNoteFen, null, random);
    }

    /** An unpaid, undisputed invoice in the given status: what planted trouble is made of. */
    ReceivableRow unpaid(InvoiceDraft draft, ReceivableStatus status, SplittableRandom random) {
        return row(draft, status, null, 0, null, random);
    }

    /**
     * An ordinary debtor pays nearly everything, a few invoices late but within 60 days; only the planted
     * slow payer leaves many invoices unpaid for months (its cross-aging is the trouble to find).
     */
    private boolean paid(InvoiceDraft draft, LocalDate due, SplittableRandom random) {
        if (!draft.debtor().slowPayer()) {
            boolean longPastDue = due.isBefore(asOf.minusDays(60));
            return longPastDue ? random.nextInt(1000) < 998 : random.nextInt(100) < 95;
        }
        return random.nextInt(100) < (due.isBefore(asOf.minusDays(90)) ? 60 : 80);
    }

    private ReceivableStatus openStatus(InvoiceDraft draft, SplittableRandom random) {
        if (draft.issueDate().isAfter(asOf.minusDays(7))) {
            return ReceivableStatus.OPEN;
        }
        int roll = random.nextInt(100);
        return roll < 45 ? ReceivableStatus.OPEN : roll < 80 ? ReceivableStatus.VERIFIED : ReceivableStatus.FINANCED;
    }

    private ReceivableRow row(InvoiceDraft draft, ReceivableStatus status, LocalDate paidOn, long creditNoteFen,
                              String disputeReason, SplittableRandom random) {
        BigDecimal face = draft.faceAmount();
        BigDecimal creditNote = BigDecimal.valueOf(creditNoteFen, 2);
        BigDecimal paid = paidOn == null ? BigDecimal.ZERO.setScale(2) : face.subtract(creditNote);
        boolean verified = status == ReceivableStatus.VERIFIED || status == ReceivableStatus.FINANCED
                || status == ReceivableStatus.PAID && random.nextBoolean();
        LocalDateTime verifiedAt = null;
        if (verified) {
            verifiedAt = draft.issueDate().plusDays(1 + random.nextInt(6)).atTime(10, random.nextInt(60));
            if (verifiedAt.toLocalDate().isAfter(asOf)) {
                verifiedAt = asOf.atTime(9, 30);
            }
        }
        String creditNoteRef = creditNoteFen > 0 ? "HZ" + draft.invoiceCode().substring(0, 4)
                + String.format("%012d", random.nextLong(1_000_000_000_000L)) : null;
        return new ReceivableRow(draft.supplier().partyId(), draft.debtor().partyId(), draft.invoiceCode(),
                draft.invoiceNo(), draft.issueDate(), draft.dueDate(), face, "CNY", draft.contractRef(), status,
                paid, paidOn, disputeReason != null, disputeReason, creditNote, creditNoteRef,
                verified ? officerId : null, verifiedAt,
                verified ? VERIFICATION_DOCUMENTS.get(random.nextInt(VERIFICATION_DOCUMENTS.size())) : null,
                draft.issueDate().atTime(9, 0).plusMinutes(random.nextInt(540)));
    }
}
