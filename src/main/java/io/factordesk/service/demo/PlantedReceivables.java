package io.factordesk.service.demo;

import io.factordesk.cache.ReceivableRow;
import io.factordesk.domain.ReceivableStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants the invoice-level trouble while suppliers are generated in index order: an original
 * invoice under one supplier, a copy under a later one. Planted invoices count against the
 * supplier's share of the requested total, so the total stays exact.
 */
final class PlantedReceivables {

    /** A planted invoice; a fabricated copy is not in the supplier's trading history. */
    record Planted(ReceivableRow row, DebtorProfile debtor, boolean inTradingHistory) {
    }

    private final PlantedAnomalies plan;
    private final ReceivableLifecycle lifecycle;
    private final LocalDate asOf;
    private final List<DebtorProfile> debtors;
    private InvoiceDraft duplicateSource;
    private InvoiceDraft repeatSource;
    final List<PlantedTrouble.DuplicateInvoice> duplicates = new ArrayList<>();
    final List<PlantedTrouble.RepeatedInvoice> repeats = new ArrayList<>();

    PlantedReceivables(PlantedAnomalies plan, ReceivableLifecycle lifecycle, LocalDate asOf,
                       List<DebtorProfile> debtors) {
        this.plan = plan;
        this.lifecycle = lifecycle;
        this.asOf = asOf;
        this.debtors = debtors;
    }

    /** The planted invoices of one supplier, at most {@code budget} of them. */
    List<Planted> plantFor(SupplierProfile supplier, InvoiceBook book, int budget, SplittableRandom random) {
        List<Planted> planted = new ArrayList<>();
        int index = supplier.index();
        DebtorProfile core = debtors.get(0);
        if (index == plan.doubleFinancingSource && budget - planted.size() >= 1) {
            duplicateSource = book.draft(core, asOf.minusDays(20 + random.nextInt(21)), largeInvoice(supplier, random));
            planted.add(new Planted(lifecycle.unpaid(duplicateSource, ReceivableStatus.FINANCED, random), core, true));
        }
        if (index == plan.doubleFinancingCopier && duplicateSource != null && budget - planted.size() >= 1) {
            InvoiceDraft s = duplicateSource;
            InvoiceDraft copy = new InvoiceDraft(supplier, s.debtor(), s.invoiceCode(), s.invoiceNo(), s.issueDate(),
                    s.faceFen(), s.contractRef());
            planted.add(new Planted(lifecycle.unpaid(copy, ReceivableStatus.OPEN, random), s.debtor(), false));
            duplicates.add(new PlantedTrouble.DuplicateInvoice(s.invoiceCode(), s.invoiceNo(), s.supplier().uscc(),
                    supplier.uscc()));
        }
        if (index == plan.repeatSource && budget - planted.size() >= 1) {
            repeatSource = book.draft(core, asOf.minusDays(10 + random.nextInt(21)), largeInvoice(supplier, random));
            planted.add(new Planted(lifecycle.unpaid(repeatSource, ReceivableStatus.VERIFIED, random), core, true));
        }
        if (index == plan.repeatCopier && repeatSource != null && budget - planted.size() >= 1) {
            InvoiceDraft s = repeatSource;
            InvoiceDraft copy = book.draft(s.debtor(), s.issueDate(), s.faceFen());
            planted.add(new Planted(lifecycle.unpaid(copy, ReceivableStatus.OPEN, random), s.debtor(), false));
            repeats.add(new PlantedTrouble.RepeatedInvoice(s.debtor().uscc(), s.faceAmount(), s.issueDate(),
                    s.supplier().uscc(), supplier.uscc()));
        }
        if (index == plan.slowPayerSupplier) {
            DebtorProfile slowPayer = debtors.get(PlantedAnomalies.SLOW_PAYER_DEBTOR);
            for (int i = 0; i < 2 && budget - planted.size() >= 1; i++) {
                LocalDate issue = asOf.minusDays(slowPayer.paymentTermsDays() + 100L + random.nextInt(40));
                InvoiceDraft draft = book.draft(slowPayer, issue, largeInvoice(supplier, random) * 2);
                planted.add(new Planted(lifecycle.unpaid(draft, ReceivableStatus.OPEN, random), slowPayer, true));
            }
        }
        return planted;
    }

    private static long largeInvoice(SupplierProfile supplier, SplittableRandom random) {
        return supplier.typicalInvoiceFen() * (150 + random.nextInt(101)) / 100 + random.nextInt(100);
    }
}
