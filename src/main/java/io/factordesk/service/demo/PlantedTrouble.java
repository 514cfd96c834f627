package io.factordesk.service.demo;

import io.factordesk.domain.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The trouble a demo portfolio was built with, so screens and tests can check they find it.
 * Lists are empty (and records null) when the portfolio is too small to hold that kind of trouble.
 *
 * @param duplicateInvoices the same invoice code and number claimed by two suppliers (double financing);
 *                          the copy is missing from the copier's trading history
 * @param repeatedInvoices  the same debtor, amount and issue date under two suppliers
 * @param crossAgedDebtor   the debtor with more than 10% of its balance over 90 days past due
 * @param concentratedSuppliers suppliers selling more than 60% to one debtor
 * @param turnoverJumpSuppliers suppliers whose last three months far exceed their usual turnover
 * @param relatedParties    a debtor that is the parent of one of its suppliers (same legal representative)
 * @param roundTrip         a supplier that is also a debtor of another supplier sharing its bank account
 * @param disputedInvoices  receivables written with disputed = true
 * @param creditNotedInvoices receivables written with a credit note
 */
public record PlantedTrouble(LocalDate asOf, List<DuplicateInvoice> duplicateInvoices,
                             List<RepeatedInvoice> repeatedInvoices, Uscc crossAgedDebtor,
                             List<Uscc> concentratedSuppliers, List<Uscc> turnoverJumpSuppliers,
                             RelatedParties relatedParties, RoundTrip roundTrip, long disputedInvoices,
                             long creditNotedInvoices) {

    public record DuplicateInvoice(String invoiceCode, String invoiceNo, Uscc firstSupplier, Uscc secondSupplier) {
    }

    public record RepeatedInvoice(Uscc debtor, BigDecimal faceAmount, LocalDate issueDate, Uscc firstSupplier,
                                  Uscc secondSupplier) {
    }

    public record RelatedParties(Uscc party, Uscc relatedParty, String kind) {
    }

    public record RoundTrip(Uscc supplierAlsoDebtor, Uscc partnerSupplier, String sharedAccountNo) {
    }
}
