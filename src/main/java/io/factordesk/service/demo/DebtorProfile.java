package io.factordesk.service.demo;

import io.factordesk.domain.Uscc;

/** What invoice generation needs to know about a debtor. A slow payer leaves old invoices unpaid. */
record DebtorProfile(int index, long partyId, Uscc uscc, String code, int paymentTermsDays, boolean slowPayer) {
}
