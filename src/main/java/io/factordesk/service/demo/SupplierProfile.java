package io.factordesk.service.demo;

import io.factordesk.domain.Uscc;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What invoice generation needs to know about a supplier: whom it sells to and in what shares
 * (per mille, summing to 1000), its usual invoice size, its invoice code and whether its turnover
 * jumps in the last months.
 */
record SupplierProfile(int index, long partyId, Uscc uscc, String invoiceRegion, boolean specialInvoices,
                       List<DebtorShare> debtors, long typicalInvoiceFen, boolean turnoverJump) {

    record DebtorShare(DebtorProfile debtor, int perMille) {
    }

    DebtorProfile pickDebtor(SplittableRandom random) {
        int u = random.nextInt(1000);
        for (DebtorShare share : debtors) {
            u -= share.perMille();
            if (u < 0) {
                return share.debtor();
            }
        }
        return debtors.get(debtors.size() - 1).debtor();
    }

    /** VAT invoice code: 10 digits for a special invoice, 12 for a general one; region, year, batch. */
    String invoiceCode(int year, int batch) {
        String yy = String.format("%02d", year % 100);
        return specialInvoices
                ? invoiceRegion + yy + (1 + batch % 9) + "130"
                : "0" + invoiceRegion + yy + String.format("%03d", 100 + batch % 900) + "04";
    }
}
